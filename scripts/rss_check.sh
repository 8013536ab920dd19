#!/usr/bin/env bash
# Streaming check (issue 6): peak RSS of `wortlaut process` on a corpus and on the same corpus
# repeated 10 times must differ by less than 20 %: memory is bounded by the batch size, not by
# the corpus size.
#
#   scripts/rss_check.sh            # uses ../shared/data/corpus, else corpus/
#   THREADS=1 scripts/rss_check.sh
#
# Needs GNU time (/usr/bin/time -v). Exits 1 when the difference is 20 % or more.
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin wortlaut
BIN=${CARGO_TARGET_DIR:-target}/release/wortlaut

SHARED=../shared/data/corpus/german_news.jsonl.zst
if [ -f "$SHARED" ]; then
    zstd -dc "$SHARED" > "$WORK/x1.jsonl"
else
    cp corpus/wikinews.jsonl "$WORK/x1.jsonl"
fi
for _ in $(seq 10); do cat "$WORK/x1.jsonl"; done > "$WORK/x10.jsonl"

peak() {
    /usr/bin/time -v "$BIN" process -q -j "$THREADS" "$1" -o "$WORK/out.jsonl" 2> "$WORK/time.txt" || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt"
}

small=$(peak "$WORK/x1.jsonl")
large=$(peak "$WORK/x10.jsonl")
size1=$(stat -c %s "$WORK/x1.jsonl")
size10=$(stat -c %s "$WORK/x10.jsonl")
echo "input x1:  $((size1 / 1000000)) MB, peak RSS ${small} KB"
echo "input x10: $((size10 / 1000000)) MB, peak RSS ${large} KB"
awk -v a="$small" -v b="$large" 'BEGIN {
    d = (b - a) / a * 100; if (d < 0) d = -d
    printf "difference: %.1f %% (limit 20 %%)\n", d
    exit (d < 20) ? 0 : 1
}'
