#!/usr/bin/env bash
# The clip library at scale: builds a synthetic library of CLIPS clips (once;
# later runs reuse it), then measures search latency, the default view's
# first rows from the disk and peak memory.
#
#   tests/bench/library/library.sh BUILD_DIR [CLIPS]
#
# Environment: MMDESK_BENCH_LIBRARY (database file, default
# BUILD_DIR/bench/library-CLIPS.sqlite), MMDESK_BENCH_SEARCHES (default 200),
# MMDESK_BENCH_STRICT=1 (exit status 3 when a goal is missed).
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 BUILD_DIR [CLIPS]" >&2; exit 2; }
tool=$1/bin/bench-library-tool
clips=${2:-1000000}
[[ -x $tool ]] || { echo "error: $tool not found: build the target bench-library-tool first" >&2; exit 2; }

db=${MMDESK_BENCH_LIBRARY:-$1/bench/library-$clips.sqlite}
mkdir -p "$(dirname "$db")"
strict=()
[[ ${MMDESK_BENCH_STRICT:-0} == 1 ]] && strict=(--strict)

echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ! -f $db ]]; then
    echo "building $db ($clips clips)"
    # A half-built library is no library: remove it if the build fails.
    if ! "$tool" build "$db" --clips "$clips"; then
        rm -f "$db" "$db-wal" "$db-shm"
        exit 1
    fi
else
    echo "reusing $db (remove it to measure the bulk insert again)"
fi
# A separate process, so that peak memory is that of a program opening and
# searching the library, not of the one that built it.
"$tool" measure "$db" --searches "${MMDESK_BENCH_SEARCHES:-200}" "${strict[@]}"
