#!/usr/bin/env bash
# Proves that curl alone can use the portal: register, read the code from the
# development outbox, verify, log in, get a download link and fetch bytes
# 1000-1999 of a rendition as a 206 whose bytes equal the file's.
#
# usage: curl_walkthrough.sh MMDESK_PORTAL CONTENT_DIR
set -euo pipefail

portal_bin=$1
content=$2
work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n $server_pid ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    echo "--- server log ---" >&2
    tail -n 30 "$work/portal.log" >&2 || true
    exit 1
}
# The value of a top-level string member of a one-line JSON document.
json_string() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

"$portal_bin" serve --content "$content" --state "$work/state" --port 0 --dev \
    >"$work/stdout" 2>"$work/portal.log" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q 'listening on' "$work/stdout" 2>/dev/null && break
    sleep 0.05
done
base=$(sed -n 's/^mmdesk-portal listening on \(http[^ ]*\)$/\1/p' "$work/stdout")
[[ -n $base ]] || fail "the server did not start"
echo "portal at $base"

email="curl-$$@example.org"
password='Correct-Horse-9'
json=(-sS -H 'Content-Type: application/json')

status=$(curl "${json[@]}" -o "$work/register.json" -w '%{http_code}' -X POST "$base/auth/register" \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"display_name\":\"Curl\",\"newsletter\":false,\"locale\":\"en\"}")
[[ $status == 201 ]] || fail "register answered $status: $(cat "$work/register.json")"

code=$(curl -sS "$base/dev/outbox?email=$email" | json_string code)
[[ $code =~ ^[0-9]{6}$ ]] || fail "no code in the outbox"
echo "code $code"

status=$(curl "${json[@]}" -o "$work/verify.json" -w '%{http_code}' -X POST "$base/auth/verify" \
    -d "{\"email\":\"$email\",\"code\":\"$code\"}")
[[ $status == 200 ]] || fail "verify answered $status"

status=$(curl "${json[@]}" -o "$work/login.json" -w '%{http_code}' -X POST "$base/auth/login" \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}")
[[ $status == 200 ]] || fail "login answered $status"
token=$(json_string access_token <"$work/login.json")
[[ -n $token ]] || fail "no access token"

curl -sS "$base/videos?limit=1" >"$work/videos.json"
video=$(grep -o '"id":"v[^"]*"' "$work/videos.json" | head -n 1 | cut -d'"' -f4)
rendition=$(grep -o '"id":"r[^"]*"' "$work/videos.json" | head -n 1 | cut -d'"' -f4)
[[ -n $video && -n $rendition ]] || fail "no video or rendition in $(head -c 300 "$work/videos.json")"
echo "video $video rendition $rendition"

status=$(curl "${json[@]}" -o "$work/link.json" -w '%{http_code}' -X POST -d '' \
    -H "Authorization: Bearer $token" "$base/videos/$video/renditions/$rendition/link")
[[ $status == 200 ]] || fail "link answered $status"
url=$(json_string url <"$work/link.json")
[[ -n $url ]] || fail "no url in the link"

# No Authorization header: the link carries its own signature.
status=$(curl -sS -o "$work/part" -D "$work/headers" -w '%{http_code}' -H 'Range: bytes=1000-1999' "$url")
[[ $status == 206 ]] || fail "the range answered $status"
grep -qi '^content-range: bytes 1000-1999/' "$work/headers" || fail "no Content-Range 1000-1999"
[[ $(stat -c %s "$work/part") == 1000 ]] || fail "not 1000 bytes"

relative=${url#*://*/}
relative=${relative%%\?*}
file="$content/$relative"
[[ -f $file ]] || fail "no file $file behind $url"
dd if="$file" of="$work/expected" bs=1000 skip=1 count=1 status=none
cmp "$work/part" "$work/expected" || fail "bytes 1000-1999 differ from the file's"

echo "1 passed, 0 failed"
