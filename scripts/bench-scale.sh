#!/usr/bin/env bash
# The dashboard against a hub of N instances (default 100,000) whose host answers at most 100 rows a page, as
# Azure Storage's does, with live traffic (new instances arriving, running ones finishing):
#   - the first full load, side by side with its floor, five rounds of one each, the floor first in odd rounds and
#     second in even ones: a plain sequential paged download of the same pages over one kept-alive connection
#     (scripts/bench/pages.py) and durabletop on a pseudo-terminal at 80x24 from start to the footer's "instances
#     held" (scripts/bench/load.py); then the best and the median of each, with their ratios and each round's
#     (scripts/bench/side-by-side.py);
#   - steady state after the load, over STEADY seconds (default 180) at a 1 s refresh: CPU per tick from
#     /proc/PID/stat, with the host's requests per tick and the footer's bytes of the last tick, next to its floor:
#     the CPU of one `curl` process fetching the same pages a steady tick asks for (scripts/bench/tick-floor.py);
#   - the same steady state on a day of N instances without the long-waiting workflows (`sim --no-waiting-workflows`:
#     about 100 active instances instead of about 1,000, the same arrivals);
#   - that steady state again on a host that examines the whole hub for each list request (`sim --scan-budget`
#     of twice N), so that a filtered listing comes in as many pages as it has rows, where the default host scans 5,000
#     rows a request and answers the rest of a listing of N as empty pages with tokens, as Azure Storage does.
#
#     scripts/bench-scale.sh [N] [STEADY]
#
# Uses DURABLETOP_BIN, else a release build in .build-bench. Needs python3.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
count=${1:-100000}
steady=${2:-180}
# shellcheck source=scripts/bench/release-bin.sh
source scripts/bench/release-bin.sh
load() {
    TERM=xterm-256color LANG=C.UTF-8 python3 scripts/bench/load.py "$@" -- "$bin" --url "$base" --read-only \
        --refresh 1
}

# steady_state SUFFIX: the steady state against the host at `base` after its first load, with its floor.
steady_state() {
    echo "steady state over ${steady}s at a 1 s refresh$1:"
    load --loaded --warmup 15 --steady "$steady" --stats "${base%/runtime/webhooks/durabletask/}/_sim/stats" |
        sed 's/^/  /'
    python3 scripts/bench/tick-floor.py "$base" | sed 's/^/  /'
}

# stop_sim INDEX: stops the host bench_sim started INDEX-th (from 0), so that its simulated traffic takes no CPU
# from the next measurement.
stop_sim() {
    kill "${sim_pids[$1]}" 2>/dev/null
    wait "${sim_pids[$1]}" 2>/dev/null
}

# active_count: the non-terminal instances the host at `base` holds.
active_count() {
    python3 scripts/bench/pages.py "$base" --statuses Running,Pending,Suspended,ContinuedAsNew | sed 's/^rows: //'
}

bench_sim --instances "$count" --seed 11 --time-scale 10 --page-cap 100
echo "$count instances, $(active_count) of them active, on a host answering 100 rows a page"

# floor_round, durabletop_round: one first load of each, its lines kept for side-by-side.py.
floor_round() {
    python3 scripts/bench/pages.py "$base" | sed 's/^/  /' | tee -a "$rounds"
}
durabletop_round() {
    load --loaded | sed 's/^/  durabletop /' | tee -a "$rounds"
}

# The host slows as its day goes on, so odd rounds take the floor first and even rounds durabletop first: neither
# always meets the host a little later than the other.
rounds=$work/rounds
for round in 1 2 3 4 5; do
    echo "round $round:"
    if ((round % 2)); then
        floor_round
        durabletop_round
    else
        durabletop_round
        floor_round
    fi
done
echo "first load, side by side with its floor:"
python3 scripts/bench/side-by-side.py <"$rounds" | sed 's/^/  /'

steady_state ""

# The same day of N instances without the workflows that wait long (approvals, monitors): about a hundred active at a
# time and the same arrivals, the hub the steady-tick target describes.
stop_sim 0
bench_sim --instances "$count" --seed 11 --time-scale 10 --page-cap 100 --no-waiting-workflows
steady_state ", with $(active_count) of $count active (--no-waiting-workflows)"

# The same day again on a host that examines the whole hub for each list request: a steady tick's listings come in a
# page or two, and what is left of its cost is the client's own.
stop_sim 1
bench_sim --instances "$count" --seed 11 --time-scale 10 --page-cap 100 --no-waiting-workflows --scan-budget $((count * 2))
steady_state ", the same day on a host scanning the whole hub a request"
