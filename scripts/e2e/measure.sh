#!/usr/bin/env bash
# Measures the dashboard the way an operator sees it, in a private tmux server at 80x24:
#   - time to first frame and to the first data rows with --demo;
#   - bytes written to the terminal over an idle minute (a frozen simulated hub) and per refresh tick;
#   - CPU time used by the dashboard over that minute (/proc/PID/stat utime+stime).
# Prints one `name: value` line per figure. Needs bash, tmux, and a built binary (DURABLETOP_BIN, else
# `swift build --show-bin-path`). Takes about two minutes.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

minute="${MEASURE_SECONDS:-60}"
refresh="${MEASURE_REFRESH:-5}"
session="m"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh
# Finer polling, for the start-up timings.
poll_interval=0.05

now_ms() {
    date +%s%3N
}

cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# --- Time to first frame with --demo ------------------------------------------------------------------------------
start=$(now_ms)
tm -f /dev/null new-session -d -s m -x 80 -y 24 "env TERM=xterm-256color LANG=C.UTF-8 '$bin' --demo; sleep 600"
wait_for 60 "every 5s" && echo "demo first frame: $(($(now_ms) - start)) ms"
wait_for 60 "(Running|Completed|Pending|Failed) +[0-9]" && echo "demo first data rows: $(($(now_ms) - start)) ms"
tm kill-server >/dev/null 2>&1

# --- An idle minute against a frozen hub ---------------------------------------------------------------------------
start_sim sim --seed 3 --instances 300 --time-scale 0.0001
url="$sim_url"
tm -f /dev/null new-session -d -s m -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 '$bin' --url '$url' --refresh $refresh; sleep 600"
wait_for 60 "(Running|Completed|Pending|Failed) +[0-9]"
sleep "$refresh"
pid=$(pgrep -P "$(tm display-message -p -t m '#{pane_pid}')")
tm pipe-pane -o -t m "cat > '$work/idle.bytes'"
ticks_before=$(cpu_ticks "$pid")
sleep "$minute"
ticks_after=$(cpu_ticks "$pid")
tm pipe-pane -t m
bytes=$(wc -c <"$work/idle.bytes")
hz=$(getconf CLK_TCK)
echo "idle bytes written over ${minute}s: $bytes"
echo "idle bytes per refresh tick (${refresh}s): $((bytes * refresh / minute))"
echo "idle CPU over ${minute}s: $(((ticks_after - ticks_before) * 1000 / hz)) ms ($(awk -v t=$((ticks_after - ticks_before)) -v hz="$hz" -v s="$minute" 'BEGIN { printf "%.2f", 100 * t / hz / s }')%)"
