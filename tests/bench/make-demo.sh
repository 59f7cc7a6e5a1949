#!/usr/bin/env bash
# Wall and CPU time of a full `mmdesk-portal make-demo` run (the budget is 2 minutes on 2 cores).
#
#   tests/bench/make-demo.sh BUILD_DIR [JOBS]
#
# Writes into a temporary folder and removes it afterwards.
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 BUILD_DIR [JOBS]" >&2; exit 2; }
portal=$1/bin/mmdesk-portal
jobs=${2:-2}
[[ -x $portal ]] || { echo "error: $portal not found: build the target mmdesk-portal first" >&2; exit 2; }

work=$(mktemp -d /tmp/mmdesk-make-demo.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f '%e %U %S' -o "$work/time" "$portal" make-demo "$work/content" --jobs "$jobs"
read -r wall user system <"$work/time"
echo "make-demo: ${wall} s wall, ${user} s user, ${system} s system ($jobs ffmpeg processes at a time)"
echo "content: $(du -sh "$work/content" | cut -f1), $(find "$work/content/news" -name '*.json' -print0 | xargs -0 grep -L '"deleted": *true' | wc -l) news items," \
    "$(find "$work/content/videos" -name '*.json' | wc -l) videos"
