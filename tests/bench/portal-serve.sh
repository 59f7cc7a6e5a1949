#!/usr/bin/env bash
# Download throughput of the reference portal's media host against nginx serving the same file.
#
#   tests/bench/portal-serve.sh BUILD_DIR
#
# Makes (or reuses) a content folder with one big synthetic rendition, starts nginx and
# `mmdesk-portal serve` on loopback ports, gets a signed link from the portal the way the client
# does (register, read the code from the dev outbox, verify, ask for a link), then times curl
# fetching the file from both servers, to tmpfs and to /dev/null, several times each.
#
# Environment (all optional):
#   MMDESK_BENCH_SIZE     size of the synthetic rendition (default 2G)
#   MMDESK_BENCH_RUNS     timed runs per server and destination (default 5; the median is reported)
#   MMDESK_BENCH_CONTENT  content folder to make or reuse (default BUILD_DIR/bench/content-SIZE)
#   MMDESK_BENCH_STRICT   1: exit with status 3 when the portal is more than 30% slower than nginx
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR   (BUILD_DIR/bin/mmdesk-portal must exist)" >&2
    exit 2
}
[[ $# -eq 1 ]] || usage
build_dir=$(cd "$1" && pwd) || usage
portal=$build_dir/bin/mmdesk-portal
[[ -x $portal ]] || { echo "error: $portal not found: build the target mmdesk-portal first" >&2; exit 2; }
for tool in curl nginx sha256sum awk sed /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (Debian: curl nginx-light time)" >&2; exit 2; }
done

size_text=${MMDESK_BENCH_SIZE:-2G}
runs=${MMDESK_BENCH_RUNS:-5}
content=${MMDESK_BENCH_CONTENT:-$build_dir/bench/content-$size_text}
strict=${MMDESK_BENCH_STRICT:-0}

work=$(mktemp -d /tmp/mmdesk-bench.XXXXXX)
shm=$(mktemp -d /dev/shm/mmdesk-bench.XXXXXX)
portal_pid=
nginx_pid=

# shellcheck disable=SC2317 # called through the EXIT trap
cleanup() {
    local status=$?
    [[ -n $portal_pid ]] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
    [[ -n $nginx_pid ]] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    rm -rf "$work" "$shm"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }

# --- Content: one video whose rendition is SIZE bytes of pseudo-random data -------------------
find_manifest() {
    grep -l '"synthetic": true' "$content"/videos/*.json 2>/dev/null | head -n 1
}
json_field() { # FILE KEY: the first string value of KEY in an indented manifest
    sed -n "s/^ *\"$2\": \"\\([^\"]*\\)\".*/\\1/p" "$1" | head -n 1
}
manifest=$(find_manifest || true)
if [[ -z $manifest ]]; then
    log "making the content folder $content (synthetic rendition of $size_text)"
    mkdir -p "$content"
    "$portal" make-demo "$content" --force --big "$size_text" --videos 0 --news 0
    manifest=$(find_manifest)
else
    log "reusing $content"
fi
video_id=$(basename "$manifest" .json)
rendition_id=$(sed -n 's/^ *"id": "\(r-[^"]*\)".*/\1/p' "$manifest" | head -n 1)
file=$content/$(json_field "$manifest" file)
sha256=$(json_field "$manifest" sha256)
size=$(stat -c %s "$file")
log "video $video_id, rendition $rendition_id: $file ($size bytes)"

# --- Servers -----------------------------------------------------------------------------------
free_port() {
    local port
    for ((port = 20000 + RANDOM % 20000; ; port++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

nginx_port=$(free_port)
mkdir -p "$work/nginx/tmp"
# As root, nginx would hand the worker to "nobody", who may not read the content folder.
worker_user=
[[ $EUID -eq 0 ]] && worker_user="user root;"
cat >"$work/nginx/nginx.conf" <<EOF
$worker_user
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    types { application/mxf mxf; video/mp4 mp4; video/quicktime mov; }
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    server {
        listen 127.0.0.1:$nginx_port;
        root $content;
        location /media/ { }
        location / { return 404; }
    }
}
EOF
nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!

"$portal" serve --dev --content "$content" --state "$work/state" --port 0 >"$work/portal.out" 2>"$work/portal.err" &
portal_pid=$!

api=
for _ in $(seq 100); do
    api=$(sed -n 's/^mmdesk-portal listening on \(http[^ ]*\)$/\1/p' "$work/portal.out")
    [[ -n $api ]] && break
    kill -0 "$portal_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $api ]] || { log "error: the portal did not start:"; cat "$work/portal.err" >&2; exit 1; }
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
    sleep 0.1
done
log "portal API at $api; nginx at http://127.0.0.1:$nginx_port/"

# --- A signed link, the way the client gets one --------------------------------------------------
json_value() { # KEY < compact JSON: the first string value of KEY
    sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | head -n 1
}
post() { # PATH BODY [TOKEN]
    local headers=(-H 'Content-Type: application/json')
    [[ -n ${3:-} ]] && headers+=(-H "Authorization: Bearer $3")
    curl -sS -f -X POST "${headers[@]}" --data "$2" "$api$1"
}
email="bench-$$-$RANDOM@example.org"
password='Bench-Passw0rd!'
post /auth/register "{\"email\":\"$email\",\"password\":\"$password\",\"display_name\":\"Benchmark\",\"newsletter\":false,\"locale\":\"en\"}" >/dev/null
code=$(curl -sS -f "$api/dev/outbox?email=$email" | sed -n 's/.*"code" *: *"\([0-9]\{6\}\)".*/\1/p' | head -n 1)
[[ -n $code ]] || { log "error: no verification code in the dev outbox"; exit 1; }
token=$(post /auth/verify "{\"email\":\"$email\",\"code\":\"$code\"}" | json_value access_token)
[[ -n $token ]] || { log "error: verification gave no access token"; exit 1; }
portal_url=$(post "/videos/$video_id/renditions/$rendition_id/link" '{}' "$token" | json_value url)
[[ -n $portal_url ]] || { log "error: no download link for $video_id/$rendition_id"; exit 1; }
nginx_url="http://127.0.0.1:$nginx_port/${file#"$content"/}"
log "portal link: $portal_url"

# --- Timed downloads -----------------------------------------------------------------------------
clk_tck=$(getconf CLK_TCK)
server_ticks() { # PID...: user+system clock ticks of these processes and their children
    local total=0 pid children
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] || continue
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
        children=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
        for child in $children; do
            total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat")))
        done
    done
    echo "$total"
}

results=$work/results # server dest wall curl_cpu server_cpu
: >"$results"
fetch() { # NAME URL DEST PID [record]
    local name=$1 url=$2 dest=$3 pid=$4 record=${5:-}
    local out=/dev/null
    [[ $dest == shm ]] && out=$shm/$name.download
    rm -f "$shm/$name.download"
    local before after
    before=$(server_ticks "$pid")
    /usr/bin/time -f '%e %U %S' -o "$work/time" curl -sS -f -o "$out" "$url"
    after=$(server_ticks "$pid")
    if [[ -n $record ]]; then
        read -r wall user system <"$work/time"
        echo "$name $dest $wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') \
$(awk -v t=$((after - before)) -v h="$clk_tck" 'BEGIN { printf "%.2f", t / h }')" >>"$results"
    fi
}

log "warm-up (page cache, connections)"
fetch portal "$portal_url" null "$portal_pid"
fetch nginx "$nginx_url" null "$nginx_pid"

log "checking the copies on tmpfs"
for name in portal nginx; do
    url=$portal_url pid=$portal_pid
    [[ $name == nginx ]] && url=$nginx_url pid=$nginx_pid
    fetch "$name" "$url" shm "$pid"
    got=$(sha256sum "$shm/$name.download" | cut -d' ' -f1)
    [[ $got == "$sha256" ]] || { log "error: sha256 of the copy from $name is $got, expected $sha256"; exit 1; }
    rm -f "$shm/$name.download"
done
log "sha256 of both copies matches the manifest"

log "$runs timed runs per server and destination"
for ((i = 1; i <= runs; i++)); do
    for dest in shm null; do
        fetch portal "$portal_url" "$dest" "$portal_pid" record
        fetch nginx "$nginx_url" "$dest" "$nginx_pid" record
    done
done
rm -f "$shm"/*.download

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v n="$1" -v d="$2" -v c="$3" '$1 == n && $2 == d { print $c }' "$results"; }

echo
echo "Download of $size bytes over loopback, median of $runs runs"
printf '%-7s %-10s %10s %10s %14s %16s\n' server dest "wall s" "MB/s" "curl CPU s" "server CPU s"
declare -A wall_of
for dest in shm null; do
    for name in nginx portal; do
        wall=$(column_of "$name" "$dest" 3 | median)
        wall_of[$name.$dest]=$wall
        printf '%-7s %-10s %10s %10s %14s %16s\n' "$name" "$([[ $dest == shm ]] && echo /dev/shm || echo /dev/null)" \
            "$wall" "$(awk -v s="$size" -v w="$wall" 'BEGIN { printf "%.0f", s / w / 1e6 }')" \
            "$(column_of "$name" "$dest" 4 | median)" "$(column_of "$name" "$dest" 5 | median)"
    done
done
echo
status=0
for dest in shm null; do
    ratio=$(awk -v p="${wall_of[portal.$dest]}" -v n="${wall_of[nginx.$dest]}" 'BEGIN { printf "%.2f", p / n }')
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.30 ? "within 30% of nginx" : "MORE than 30% slower than nginx") }')
    echo "portal/nginx wall-time ratio to $([[ $dest == shm ]] && echo /dev/shm || echo /dev/null): $ratio ($verdict)"
    [[ $verdict == within* ]] || status=3
done
[[ $strict == 1 ]] || status=0
exit "$status"
