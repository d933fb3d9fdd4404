#!/usr/bin/env bash
# Time to the first frame with rows, on a pseudo-terminal at 80x24 (scripts/bench/load.py), five runs each, best
# and median: `durabletop --demo` (its own simulated hub of 3,000 instances), and durabletop against a running
# simulated host of N instances (default 3,000) next to the floor, a plain `curl` of the same first page.
#
#     scripts/bench-start.sh [N]
#
# Uses DURABLETOP_BIN, else a release build in .build-bench. Needs python3 and curl.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
count=${1:-3000}
# shellcheck source=scripts/bench/release-bin.sh
source scripts/bench/release-bin.sh
# summary NAME MS...: the best and the median of the runs.
summary() {
    local name=$1
    shift
    printf '%s\n' "$@" | sort -n | awk -v name="$name" '
        { v[NR] = $1 }
        END { printf "%s: best %d ms, median %d ms (%d runs)\n", name, v[1], v[int((NR + 1) / 2)], NR }'
}

# first_rows ARGS...: milliseconds from start to the first frame with rows.
first_rows() {
    TERM=xterm-256color LANG=C.UTF-8 python3 scripts/bench/load.py --timeout 60 -- "$bin" "$@" |
        sed -n 's/^first rows: \([0-9]*\) ms$/\1/p'
}

demo=()
for _ in 1 2 3 4 5; do
    demo+=("$(first_rows --demo --read-only)")
done
summary "durabletop --demo, first frame with rows" "${demo[@]}"

bench_sim --instances "$count" --seed 3
since=$(date -u -d '-24 hours' +%Y-%m-%dT%H:%M:%SZ)
floor=()
host=()
for _ in 1 2 3 4 5; do
    floor+=("$(curl -s -o /dev/null -w '%{time_total}' "${base}instances?createdTimeFrom=$since&top=1000&showInput=false" |
        awk '{ printf "%d", $1 * 1000 }')")
    host+=("$(first_rows --url "$base" --read-only)")
done
summary "curl of the first page (floor)" "${floor[@]}"
summary "durabletop against a running host of $count, first frame with rows" "${host[@]}"
