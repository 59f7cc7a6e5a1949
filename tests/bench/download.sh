#!/usr/bin/env bash
# Download throughput of mmdesk-cli against curl and aria2c, all fetching the same file from nginx
# over loopback in the same run, as a CDN would serve it (portal-signed secure_link URLs).
#
#   tests/bench/download.sh BUILD_DIR
#
# Part 1: one unthrottled nginx: `mmdesk-cli download run` (which also checks the SHA-256 and
#         fsyncs the file before it counts as done) at its defaults and with one connection,
#         `curl -o`, `curl -o && sha256sum`, `aria2c -x1`, and `openssl dgst -sha256` of the same
#         file from the page cache: a verified download cannot end before its hash, so the floor
#         is max(curl, openssl dgst).
# Part 2: nginx with a per-connection limit_rate (a CDN): mmdesk-cli at its defaults (connections
#         grow while they pay) and with 8, against `aria2c -x8 -s8`.
# Part 3: the capped nginx again; mmdesk-cli is killed (SIGKILL) three times at random moments and
#         run to the end; nginx's access log tells how many bytes it served in all, against the
#         file's size.
# Files go to tmpfs (/dev/shm): the disk here is slower than loopback and noisy. Wall time and the
# client's CPU seconds are reported; the ratio is client wall time over mmdesk-cli wall time (above
# 1.0: mmdesk-cli was faster).
#
# Environment (all optional):
#   MMDESK_BENCH_SIZE     size of the synthetic rendition (default 2G)
#   MMDESK_BENCH_RUNS     timed runs per client (default 3; the median is reported)
#   MMDESK_BENCH_CONTENT  content folder to make or reuse (default BUILD_DIR/bench/content-SIZE)
#   MMDESK_BENCH_LIMIT    per-connection limit_rate of parts 2 and 3 (default 24m)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# mmdesk-cli keeps its sign-in in a keychain: run on a private D-Bus session with its own keyring.
if [[ -z ${MMDESK_BENCH_IN_SESSION:-} ]]; then
    export MMDESK_BENCH_IN_SESSION=1
    exec dbus-run-session -- sh "$here/../support/with-keyring.sh" bash "$0" "$@"
fi

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build_dir=$(cd "$1" && pwd)
portal=$build_dir/bin/mmdesk-portal
cli=$build_dir/bin/mmdesk-cli
for tool in "$portal" "$cli"; do
    [[ -x $tool ]] || { echo "error: $tool not found: build mmdesk-portal and mmdesk-cli first" >&2; exit 2; }
done
for tool in curl aria2c nginx sha256sum /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (Debian: curl aria2 nginx-light time)" >&2; exit 2; }
done

size_text=${MMDESK_BENCH_SIZE:-2G}
runs=${MMDESK_BENCH_RUNS:-3}
content=${MMDESK_BENCH_CONTENT:-$build_dir/bench/content-$size_text}
limit=${MMDESK_BENCH_LIMIT:-24m}
secret=bench-secret

work=$(mktemp -d /tmp/mmdesk-bench.XXXXXX)
shm=$(mktemp -d /dev/shm/mmdesk-bench.XXXXXX)
pids=()
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work" "$shm"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '%s\n' "$*" >&2; }

# --- Content ---------------------------------------------------------------------------------
manifest=$(grep -l '"synthetic": true' "$content"/videos/*.json 2>/dev/null | head -n 1 || true)
if [[ -z $manifest ]]; then
    log "making the content folder $content (synthetic rendition of $size_text)"
    mkdir -p "$content"
    "$portal" make-demo "$content" --force --big "$size_text" --videos 0 --news 0
    manifest=$(grep -l '"synthetic": true' "$content"/videos/*.json | head -n 1)
fi
video_id=$(basename "$manifest" .json)
file=$content/$(sed -n 's/^ *"file": "\([^"]*\)".*/\1/p' "$manifest" | head -n 1)
sha256=$(sed -n 's/^ *"sha256": "\([^"]*\)".*/\1/p' "$manifest" | head -n 1)
size=$(stat -c %s "$file")
log "video $video_id: $file ($size bytes)"

# --- nginx: two servers, plain and throttled per connection, both with secure_link -------------
free_port() {
    local port
    for ((port = 20000 + RANDOM % 20000; ; port++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
plain_port=$(free_port)
slow_port=$((plain_port + 1))
mkdir -p "$work/nginx/tmp"
server_block() { # PORT EXTRA
    cat <<EOF
    server {
        listen 127.0.0.1:$1;
        root $content;
        location /media/ {
            secure_link \$arg_md5,\$arg_expires;
            secure_link_md5 "\$secure_link_expires\$uri $secret";
            if (\$secure_link = "")  { return 403; }
            if (\$secure_link = "0") { return 410; }
            $2
        }
    }
EOF
}
{
    [[ $EUID -eq 0 ]] && echo "user root;"
    cat <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
EOF
    server_block "$plain_port" ""
    echo "    log_format served '\$uri \$status \$body_bytes_sent';"
    server_block "$slow_port" "limit_rate $limit; access_log $work/nginx/slow.log served;"
    echo "}"
} >"$work/nginx/nginx.conf"
nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)

start_portal() { # NAME NGINX_PORT: starts a portal; its API URL goes to $work/NAME.api
    # Not inside $(...): the PID must reach the cleanup list of this shell.
    "$portal" serve --dev --content "$content" --state "$work/state-$1" --port 0 \
        --media-base-url "http://127.0.0.1:$2/media" --media-secret "$secret" >"$work/$1.out" 2>"$work/$1.err" &
    pids+=($!)
    local api=
    for _ in $(seq 100); do
        api=$(sed -n 's/^mmdesk-portal listening on \(http[^ ]*\)$/\1/p' "$work/$1.out")
        [[ -n $api ]] && break
        sleep 0.1
    done
    [[ -n $api ]] || { log "error: the portal did not start"; cat "$work/$1.err" >&2; exit 1; }
    echo "$api" >"$work/$1.api"
}
start_portal plain "$plain_port"
start_portal slow "$slow_port"
plain_api=$(cat "$work/plain.api")
slow_api=$(cat "$work/slow.api")
rendition_id=$(sed -n 's/^ *"id": "\(r-[^"]*\)".*/\1/p' "$manifest" | head -n 1)

# --- Accounts: one mmdesk-cli profile per portal; curl and aria2c get a link of the same kind ----
password='Bench-Passw0rd!'
sign_up() { # API PROFILE: signs the CLI profile in, prints a link for curl and aria2c
    local api=$1 profile=$2 email="bench-$RANDOM@example.org" code token
    echo "$password" | "$cli" --data-dir "$profile" --portal "$api" account register --email "$email" \
        --name Benchmark --password-stdin >/dev/null
    code=$(curl -sS "$api/dev/outbox?email=$email" | sed -n 's/.*"code" *: *"\([0-9]\{6\}\)".*/\1/p' | head -n 1)
    "$cli" --data-dir "$profile" --portal "$api" account verify --email "$email" --code-stdin <<<"$code" >/dev/null
    token=$(curl -sS -X POST -H 'Content-Type: application/json' \
        --data "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/login" |
        sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
    curl -sS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data '{}' \
        "$api/videos/$video_id/renditions/$rendition_id/link" | sed -n 's/.*"url" *: *"\([^"]*\)".*/\1/p'
}
plain_url=$(sign_up "$plain_api" "$work/profile-plain")
slow_url=$(sign_up "$slow_api" "$work/profile-slow")
[[ -n $plain_url && -n $slow_url ]] || { log "error: no download link"; exit 1; }

# --- Timed runs ----------------------------------------------------------------------------------
results=$work/results
: >"$results"
timed() { # LABEL COMMAND...: runs it once into an empty $shm/out, checks the file, records time
    local label=$1 got wall user system
    shift
    rm -rf "$shm/out" && mkdir -p "$shm/out"
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/last.err" || {
        log "error: $label failed:"
        cat "$work/last.err" >&2
        exit 1
    }
    got=$(find "$shm/out" -type f ! -name '*.aria2' -exec sha256sum {} + | cut -d' ' -f1)
    [[ $got == "$sha256" ]] || { log "error: $label wrote a file whose sha256 is '$got'"; exit 1; }
    read -r wall user system <"$work/time"
    echo "$label $wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')" >>"$results"
}
# /usr/bin/time runs programs, not shell functions: a small script queues and runs the download.
mmdesk=$work/mmdesk-download
printf '%s\n' '#!/bin/sh' 'set -e' 'api=$1 profile=$2' 'shift 2' \
    "\"$cli\" --data-dir \"\$profile\" --portal \"\$api\" download add \"$video_id\" --best --dest \"$shm/out\" >/dev/null" \
    "exec \"$cli\" --data-dir \"\$profile\" --portal \"\$api\" download run \"\$@\"" >"$mmdesk"
chmod +x "$mmdesk"

# curl, then the hash of what it wrote: what a careful person does by hand.
curlsum=$work/curl-sha256sum
printf '%s\n' '#!/bin/sh' 'set -e' 'curl -sS -f -o "$1" "$2"' 'sha256sum "$1" >/dev/null' >"$curlsum"
chmod +x "$curlsum"
hash_floor() { # the hash alone, from the page cache, recorded like a client
    /usr/bin/time -f '%e %U %S' -o "$work/time" openssl dgst -sha256 "$file" >/dev/null
    local wall user system
    read -r wall user system <"$work/time"
    echo "openssl-dgst $wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')" >>"$results"
}

log "warm-up (page cache)"
curl -sS -o /dev/null "$plain_url"
log "part 1: unthrottled, $runs runs each"
for ((i = 1; i <= runs; i++)); do
    timed mmdesk-cli "$mmdesk" "$plain_api" "$work/profile-plain"
    timed mmdesk-cli-c1 "$mmdesk" "$plain_api" "$work/profile-plain" --connections 1
    timed curl curl -sS -f -o "$shm/out/file" "$plain_url"
    timed curl+sha256sum "$curlsum" "$shm/out/file" "$plain_url"
    timed aria2c-x1 aria2c -q -x1 -s1 --file-allocation=none -d "$shm/out" -o file "$plain_url"
    hash_floor
done
log "part 2: nginx limit_rate $limit per connection, $runs runs each"
for ((i = 1; i <= runs; i++)); do
    timed mmdesk-cli/limit "$mmdesk" "$slow_api" "$work/profile-slow"
    timed mmdesk-cli-c8/limit "$mmdesk" "$slow_api" "$work/profile-slow" --connections 8
    timed aria2c-x8/limit aria2c -q -x8 -s8 -k1M --file-allocation=none -d "$shm/out" -o file "$slow_url"
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$results" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
report() { # LABEL [REFERENCE-SECONDS REFERENCE-NAME]
    local wall
    wall=$(col "$1" 2)
    printf '%-22s %8s %8.0f %8s   %s\n' "$1" "$wall" "$(awk -v s="$size" -v w="$wall" 'BEGIN { print s / w / 1e6 }')" \
        "$(col "$1" 3)" "${2:+$(ratio "$wall" "$2") × $3}"
}

# --- Part 3: SIGKILLs ----------------------------------------------------------------------------
log "part 3: three SIGKILLs of mmdesk-cli during a download from the capped nginx"
: >"$work/nginx/slow.log"
rm -rf "$shm/out" && mkdir -p "$shm/out"
"$cli" --data-dir "$work/profile-slow" --portal "$slow_api" download add "$video_id" --best --dest "$shm/out" >/dev/null
for kill in 1 2 3; do
    "$cli" --data-dir "$work/profile-slow" --portal "$slow_api" download run >/dev/null 2>&1 &
    victim=$!
    sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.8 + r / 32767 * 1.5 }')"
    kill -KILL "$victim" 2>/dev/null || true
    wait "$victim" 2>/dev/null || true
done
"$cli" --data-dir "$work/profile-slow" --portal "$slow_api" download run >/dev/null 2>"$work/last.err" || {
    log "error: the run after the kills failed:"; cat "$work/last.err" >&2; exit 1; }
got=$(find "$shm/out" -type f -exec sha256sum {} + | cut -d' ' -f1)
[[ $got == "$sha256" ]] || { log "error: after the kills the file's sha256 is '$got'"; exit 1; }
served=$(awk '$2 == 200 || $2 == 206 { s += $3 } END { print s + 0 }' "$work/nginx/slow.log")

floor=$(awk -v c="$(col curl 2)" -v h="$(col openssl-dgst 2)" 'BEGIN { print (c > h ? c : h) }')
echo
echo "Download of $size bytes from nginx over loopback to tmpfs, median of $runs runs"
printf '%-22s %8s %8s %8s   %s\n' client "wall s" "MB/s" "CPU s" "wall time against"
echo "-- part 1: unthrottled; floor = max(curl, openssl dgst) = $floor s"
report mmdesk-cli "$floor" floor
report mmdesk-cli-c1 "$floor" floor
report curl
report curl+sha256sum
report aria2c-x1
report openssl-dgst
echo "-- part 2: nginx limit_rate $limit per connection"
report mmdesk-cli/limit "$(col aria2c-x8/limit 2)" aria2c-x8
report mmdesk-cli-c8/limit "$(col aria2c-x8/limit 2)" aria2c-x8
report aria2c-x8/limit
echo "-- part 3: three SIGKILLs, then run to the end (capped nginx)"
echo "bytes served by nginx: $served for a file of $size: $(ratio "$served" "$size") × the file"
echo
echo "mmdesk-cli: its defaults (4 connections to start, more while they pay); -c1 and -c8: fixed."
echo "mmdesk-cli's time includes its SHA-256 check and the fsync of the finished file."
echo "openssl dgst: the SHA-256 of the same file from the page cache on one core (the library"
echo "mmdesk-cli hashes with; coreutils' sha256sum does not use the CPU's SHA instructions)."
