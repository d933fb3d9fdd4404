#!/usr/bin/env bash
# Key-to-frame latency of the dashboard holding N instances (default 100,000), on a pseudo-terminal at 80x24
# (scripts/bench/keyframe.py), next to the same keys on a 1,000-instance hub (the floor): scrolling (j/k), a
# keystroke in the / prompt, a re-sort between the time columns CREATED and UPDATED (> and <), a re-sort between the
# ranked text columns NAME and STATUS (< and > after a first <), and applying a filter (Enter on "/order-1", Esc
# between).
#
#     scripts/bench-keys.sh [N]
#
# Uses DURABLETOP_BIN, else a release build in .build-bench. Needs python3.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
count=${1:-100000}
# shellcheck source=scripts/bench/release-bin.sh
source scripts/bench/release-bin.sh
# measure LABEL URL ARGS...: one line of key-to-frame latency against the hub at URL.
measure() {
    local label=$1 hub=$2
    shift 2
    printf '%-34s %s\n' "$label" "$(TERM=xterm-256color LANG=C.UTF-8 python3 scripts/bench/keyframe.py \
        --count 40 --ready "s ago" --settle 5 --timeout 600 "$@" -- "$bin" --url "$hub" --read-only)"
}

bench_sim --instances 1000 --seed 7
floor=$base
bench_sim --instances "$count" --seed 7
big=$base
for hub in floor big; do
    target=${!hub}
    [ "$hub" = floor ] && size=1000 || size=$count
    echo "$size instances:"
    measure "  scroll (j/k)" "$target" --keys jk
    measure "  / prompt keystroke" "$target" --prelude / --keys abc
    measure "  re-sort, time columns (> and <)" "$target" --keys "><"
    measure "  re-sort, ranked text (< and >)" "$target" --prelude "<" --keys "<>"
    measure "  apply a filter (Enter)" "$target" --before "/order-1" --keys '\r' --after '\x1b'
done
