#!/usr/bin/env bash
# The News section at scale: a content folder of ARTICLES articles (made
# once; later runs reuse it), served by mmdesk-portal on loopback; a full
# `mmdesk-cli news sync` into an empty data folder (wall time, CPU and peak
# memory); the first screen and 200 searches on the synced store; and
# FeedParser on a 5,000-item RSS feed beside `xmllint --stream` on the same
# file, as the floor of reading that much XML.
#
#   tests/bench/news/news.sh BUILD_DIR [ARTICLES]
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 BUILD_DIR [ARTICLES]" >&2; exit 2; }
bin=$1/bin
articles=${2:-100000}
for program in bench-news-tool mmdesk-portal mmdesk-cli; do
    [[ -x $bin/$program ]] || { echo "error: $bin/$program not found: build it first" >&2; exit 2; }
done
command -v xmllint >/dev/null || { echo "error: xmllint not found (Debian: libxml2-utils)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time not found (Debian: time)" >&2; exit 2; }

content=$1/bench/news-$articles
work=$(mktemp -d)
portal_pid=
cleanup() {
    [[ -n $portal_pid ]] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
log() { echo "$*" >&2; }

log "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ! -d $content/news ]]; then
    log "writing $articles articles to $content"
    rm -rf "$content"
    "$bin/bench-news-tool" content "$content" --articles "$articles" || { rm -rf "$content"; exit 1; }
else
    log "reusing $content"
fi

"$bin/mmdesk-portal" serve --content "$content" --state "$work/state" --port 0 >"$work/portal.out" 2>"$work/portal.err" &
portal_pid=$!
api=
for _ in $(seq 600); do
    api=$(sed -n 's/^mmdesk-portal listening on \(http[^ ]*\)$/\1/p' "$work/portal.out")
    [[ -n $api ]] && break
    kill -0 "$portal_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $api ]] || { log "error: the portal did not start:"; cat "$work/portal.err" >&2; exit 1; }
log "portal at $api"

# --- Full sync into an empty data folder ---------------------------------------------------------
/usr/bin/time -f '%e %U %S %M' -o "$work/sync.time" \
    "$bin/mmdesk-cli" --data-dir "$work/data" --portal "$api" news sync >/dev/null 2>"$work/sync.err" \
    || { log "error: the sync failed:"; tail -5 "$work/sync.err" >&2; exit 1; }
read -r wall user sys rss <"$work/sync.time"
db=$(ls "$work"/data/news-*.sqlite)
printf 'full sync of %s articles: %s s wall, %s s CPU (user %s, system %s), peak RSS %.0f MB, database %.0f MB\n' \
    "$articles" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "$(stat -c %s "$db") / 1048576" | bc -l)"

# --- First screen and search on the synced store --------------------------------------------------
"$bin/bench-news-tool" measure "$db" --searches "${MMDESK_BENCH_SEARCHES:-200}"

# --- A 5,000-item feed: FeedParser beside xmllint --stream -----------------------------------------
"$bin/bench-news-tool" feed "$work/feed.xml" --items 5000
"$bin/bench-news-tool" parse "$work/feed.xml" --runs 5
runs=()
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    xmllint --stream --noout "$work/feed.xml"
    runs+=($(( ($(date +%s%N) - start) / 1000 )))
done
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
printf 'xmllint --stream: %.1f ms median of 5 runs (the floor of reading the XML)\n' "$(echo "$median / 1000" | bc -l)"
