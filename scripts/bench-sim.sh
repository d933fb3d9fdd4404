#!/usr/bin/env bash
# Benchmark of the simulated host: start time, 1,000-row page times, RSS for --instances N (default 100000).
# Usage: scripts/bench-sim.sh [N]   (builds a release binary in .build-bench if needed)
set -euo pipefail
N="${1:-100000}"
BIN="${BIN:-.build-bench/release/durabletop}"
[ -x "$BIN" ] || swift build -c release --static-swift-stdlib --scratch-path .build-bench --product durabletop
OUT="$(mktemp)"
TIMES="$(mktemp)"
start=$(date +%s.%N)
"$BIN" sim --instances "$N" --seed 7 >"$OUT" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; rm -f "$OUT" "$OUT.h" "$TIMES"' EXIT
until [ -s "$OUT" ]; do
  kill -0 "$PID" 2>/dev/null || { echo "durabletop sim exited before printing its URL" >&2; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
URL="$(head -1 "$OUT")"
echo "serving after $(echo "$ready - $start" | bc) s at $URL"
tok=""; pages=0
while :; do
  hdr=(); [ -n "$tok" ] && hdr=(-H "x-ms-continuation-token: $tok")
  curl -s -D "$OUT.h" -o /dev/null -w "%{time_total}\n" "${hdr[@]}" "${URL}instances?top=1000" >>"$TIMES"
  pages=$((pages + 1))
  tok="$(grep -i '^x-ms-continuation-token:' "$OUT.h" | cut -d' ' -f2- | tr -d '\r')"
  [ -z "$tok" ] && break
done
sort -n "$TIMES" | awk -v p="$pages" '{a[NR]=$1} END {printf "%d pages of 1000: min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms\n", p, a[1]*1000, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
echo "RSS $(ps -o rss= -p $PID | tr -d ' ') KiB"
