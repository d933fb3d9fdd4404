#!/usr/bin/env bash
# The fleet overview under load: one simulated host serving three task hubs of N instances each (default
# 10,000), one of them ("slow") answering every request in 8 s. Prints the key-to-frame latency on a
# pseudo-terminal at 80x24 (scripts/bench/keyframe.py: `?` opening and closing help on the overview, j/k inside a
# hub) with every hub fast (the floor) and then with the slow hub slow, while it is still loading; then, per hub,
# the requests and bytes of a steady refresh tick, read from the hub's own footer in tmux.
#
#     scripts/bench-fleet.sh [N]
#
# Uses DURABLETOP_BIN, else a release build in .build-bench. Needs tmux, curl and python3.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
count=${1:-10000}
# shellcheck source=scripts/bench/release-bin.sh
source scripts/bench/release-bin.sh
socket="durabletop-bench-fleet-$$"
tm() { tmux -L "$socket" "$@"; }
cleanup() {
    tm kill-server >/dev/null 2>&1
    bench_cleanup
}
trap cleanup EXIT

bench_sim --instances "$count" --seed 7 --time-scale 10 --task-hub Billing="$count" --task-hub Slow="$count"
root=${base%/runtime/webhooks/durabletask/}
for hub in orders billing slow; do
    printf '[connections.%s]\nurl = "%s"\n' "$hub" "$base"
    [ "$hub" = orders ] || printf 'task-hub = "%s"\n\n' "${hub^}"
done >"$work/connections.toml"
watch=("$bin" --connections-file "$work/connections.toml" --read-only)
echo "three task hubs of $count instances each on $root"

# keyframe LABEL ARGS...: one line of key-to-frame latency for a fresh session of the fleet.
keyframe() {
    local label=$1
    shift
    printf '%-58s %s\n' "$label" \
        "$(TERM=xterm-256color LANG=C.UTF-8 python3 scripts/bench/keyframe.py --count 100 "$@" -- "${watch[@]}")"
}

keyframe "key to frame, overview (?), every hub fast:" --keys "?" --ready "s ago"
keyframe "key to frame, inside orders (j/k), every hub fast:" --keys jk --ready "s ago" --prelude ':hub orders\r'
curl -s -X POST "$root/_sim/faults" \
    -d '{"faults":[{"kind":"latency","latencyMilliseconds":8000,"taskHub":"Slow"}]}' >/dev/null
keyframe "key to frame, overview (?), slow hub answering in 8 s:" --keys "?" --ready "s ago"
keyframe "key to frame, inside orders (j/k), slow hub answering in 8 s:" --keys jk --ready "s ago" \
    --prelude ':hub orders\r'

# Per hub: the footer of the first steady tick after a dive (the slow hub's ticks take a request count × 8 s).
tm -f /dev/null new-session -d -s bench -x 120 -y 30 \
    "env TERM=xterm-256color LANG=C.UTF-8 $(printf "'%s' " "${watch[@]}")"
for hub in orders billing slow; do
    tm send-keys -t bench ":" && tm send-keys -t bench -l "hub $hub" && tm send-keys -t bench Enter
    line=""
    for _ in $(seq 1 1200); do
        line=$(tm capture-pane -p -t bench | grep -E "^last tick: " | head -1)
        [ -n "$line" ] && break
        sleep 0.5
    done
    echo "$hub: ${line:-no steady tick within 10 minutes}"
    tm send-keys -t bench ":" && tm send-keys -t bench -l "hubs" && tm send-keys -t bench Enter
done
