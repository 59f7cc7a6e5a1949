#!/usr/bin/env bash
# Click-to-first-frame of the preview player for a 1080p proxy over loopback
# (nginx and the reference portal). Makes the proxy once with ffmpeg (later
# runs reuse it), then runs bench-preview-tool.
#
#   tests/bench/preview/preview.sh BUILD_DIR [RUNS]
#
# Environment: MMDESK_BENCH_PROXY (the MP4 to stream, default
# BUILD_DIR/bench/preview-1080p.mp4), MMDESK_BENCH_SERVER (nginx, portal or
# both), MMDESK_BENCH_STRICT=1 (exit status 3 when a median misses 300 ms),
# MMDESK_BENCH_VERBOSE=1 (every run).
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 BUILD_DIR [RUNS]" >&2; exit 2; }
build=$(cd "$1" && pwd)
tool=$build/bin/bench-preview-tool
runs=${2:-10}
[[ -x $tool ]] || { echo "error: $tool not found: build the target bench-preview-tool first" >&2; exit 2; }
[[ -x $build/bin/mmdesk-portal ]] || { echo "error: build the target mmdesk-portal first" >&2; exit 2; }

proxy=${MMDESK_BENCH_PROXY:-$build/bench/preview-1080p.mp4}
if [[ ! -f $proxy ]]; then
    echo "making $proxy (20 s of 1080p25 H.264 at 4 Mb/s with AAC, moov first)"
    mkdir -p "$(dirname "$proxy")"
    ffmpeg -v error -y -f lavfi -i testsrc2=size=1920x1080:rate=25:duration=20 \
        -f lavfi -i sine=frequency=440:sample_rate=48000:duration=20 \
        -c:v libx264 -preset veryfast -profile:v high -b:v 4M -maxrate 5M -bufsize 8M -g 50 \
        -pix_fmt yuv420p -c:a aac -b:a 128k -movflags +faststart -f mp4 "$proxy.part"
    mv "$proxy.part" "$proxy"
fi

args=(--runs "$runs" --server "${MMDESK_BENCH_SERVER:-both}")
[[ ${MMDESK_BENCH_STRICT:-0} == 1 ]] && args+=(--strict)
[[ ${MMDESK_BENCH_VERBOSE:-0} == 1 ]] && args+=(--verbose)
echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build: $build ($(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2))"
# TestSupport finds mmdesk-portal through MMDESK_BINARY_DIR, as under ctest.
MMDESK_BINARY_DIR=$build MMDESK_SOURCE_DIR=$(cd "$(dirname "$0")/../../.." && pwd) "$tool" "${args[@]}" "$proxy"
