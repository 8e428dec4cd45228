#!/usr/bin/env bash
# Checks a generated mailbox (1 GB unless a size is given, written to a
# temporary folder and removed after) and prints dejargon's peak memory,
# failing above 100 MB: a mailbox must be read in constant memory.
#
#   bash internal/benchgen/mbox-memory.sh          # 1GB
#   bash internal/benchgen/mbox-memory.sh 200MB
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-1GB}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/dejargon" ./cmd/dejargon
go run ./internal/benchgen -size "$size" -format mbox "$tmp/box"
status=0
/usr/bin/time -v "$tmp/dejargon" check --format text --all-uses "$tmp/box/mailbox.mbox" >"$tmp/out.txt" 2>"$tmp/time.txt" || status=$?
if [ "$status" -gt 1 ]; then
  cat "$tmp/time.txt"; exit 1
fi
peak=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tmp/time.txt")
elapsed=$(awk -F': ' '/Elapsed/ {print $2}' "$tmp/time.txt")
echo "mailbox $(stat -c %s "$tmp/box/mailbox.mbox") bytes, $(wc -l <"$tmp/out.txt") findings, ${elapsed} wall, peak memory $((peak / 1024)) MB"
if [ "$peak" -gt $((100 * 1024)) ]; then
  echo "peak memory above 100 MB"; exit 1
fi
