#!/bin/sh
# Runs one fuzzer on its seed corpus for a bounded time:
#   run-fuzzer.sh FUZZER CORPUS_DIR SECONDS
# New inputs go to a scratch folder (the first folder libFuzzer is given),
# so the corpus in the repository is read, never changed. A crash, a leak,
# undefined behaviour or a timeout ends the run with a non-zero status and
# leaves the input that caused it in the current folder (crash-*, leak-*,
# timeout-*): keep it in the corpus as a regression case once fixed.
set -eu
fuzzer=$1
corpus=$2
seconds=$3
scratch=$(mktemp -d "${TMPDIR:-/tmp}/mmdesk-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 "$scratch" "$corpus"
echo "corpus: $(ls "$corpus" | wc -l) seeds, $(ls "$scratch" | wc -l) new inputs"
