#!/usr/bin/env bash
# End-to-end test of a long outage and a host restart, against `durabletop sim` in a private tmux server at 80x24
# with a 1 s refresh, the dashboard never restarted:
#
# - the operator filters the table (`/rs-`), sorts it by another column, selects a row and marks one;
# - the host goes down for 62 s: the header says the host is unreachable and when it tries again, and the view
#   stays as it was;
# - the host comes back on the same address as a restarted host would: the same hub (same seed), the test's
#   long-running instances kept but one lost, and one instance that is new;
# - by the next try its backoff allows (at most about a minute), the table shows the new instance and drops the
#   lost one, and the filter, the sort, the selection and the mark are the operator's still.
#
# Prints `PASS`/`FAIL` lines and a final `N passed, M failed` line; exits non-zero on any failure. Needs bash,
# tmux, curl and a build (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="restart"
# No key: the sims run without auth.
secret=""
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# start_instances ID...: long-running instances (approvals waiting a day) on the host at `base`.
start_instances() {
    local id
    for id in "$@"; do
        send POST "$base/orchestrators/ApprovalWorkflow/$id" '{"timeoutSeconds": 86400}' >/dev/null
    done
}

# table_rows: the ids of the test's rows on screen, top to bottom, marks kept (`*rs-keep-2`).
table_rows() {
    screen_text | grep -oE '^\*?rs-[a-z]+-[0-9]+'
}

# detail_id: opens the selected row, prints the id the detail view names, and goes back.
detail_id() {
    keys Enter
    wait_for 10 "rs-[a-z]+-[0-9]+.*(Running|Pending)" >/dev/null
    screen_text | head -3 | grep -oE 'rs-[a-z]+-[0-9]+' | head -1
    press_escape
}

# check_absent NAME SECONDS REGEX: one PASS/FAIL line for "the screen stops showing REGEX within SECONDS".
check_absent() {
    local deadline=$((SECONDS + $2))
    while [ "$SECONDS" -le "$deadline" ]; do
        if ! screen_text | grep -Eq -- "$3"; then
            pass "$1"
            return 0
        fi
        sleep "$poll_interval"
    done
    fail "$1" "screen still shows /$3/; last screen:"
    screen_text | sed 's/^/    | /'
}

require tmux curl
require_sim before --seed 5 --instances 200 --arrivals 0
address=${sim_url#http://}
port=${address%%/*}
port=${port##*:}
pass "sim starts"
start_instances rs-keep-1 rs-keep-2 rs-keep-3 rs-lost-1
api_check "the test's instances run" 20 "/instances/rs-lost-1" '"runtimeStatus": ?"(Running|Pending)"'

tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 USER=e2e XDG_STATE_HOME='$work/state' '$bin' --url '$sim_url' --refresh 1; sleep 600"
check "dashboard starts" 40 "rs-lost-1"

typed "/"
typed "rs-"
keys Enter
check "filtered to the test's rows" 10 "/rs-"
typed "<"
typed "<"
typed "<"
check "sorted by instance id" 10 "INSTANCE[↑↓]"
heading=$(screen_text | grep -E '^INSTANCE')
rows=$(table_rows)
position=$(printf '%s\n' "$rows" | grep -n '^rs-keep-2$' | cut -d: -f1)
for _ in $(seq 2 "$position"); do
    typed "j"
done
selected=$(detail_id)
if [ "$selected" = rs-keep-2 ]; then
    pass "rs-keep-2 selected"
else
    fail "rs-keep-2 selected" "the detail view opened '$selected'"
fi
keys Space
typed "k"
check "rs-keep-2 marked" 10 '^\*rs-keep-2'

kill "${sim_pids[0]}" >/dev/null 2>&1
wait "${sim_pids[0]}" >/dev/null 2>&1
down=$SECONDS
check "the header says the host is unreachable and when it tries again" 20 "host unreachable, retry in [0-9]+s"
check "the table stays while the host is down" 1 '^\*rs-keep-2'
sleep $((down + 62 - SECONDS))

"$bin" sim --port "$port" --seed 5 --instances 200 --arrivals 0 >"$work/after.out" 2>"$work/after.err" &
sim_pids+=($!)
restarted=""
for _ in $(seq 1 300); do
    restarted=$(head -n 1 "$work/after.out" 2>/dev/null)
    [ -n "$restarted" ] && break
    sleep 0.2
done
if [ -n "$restarted" ]; then
    pass "the host restarts on the same address after 62 s down"
else
    fail "the host restarts on the same address after 62 s down" "$(head -c 400 "$work/after.err")"
fi
start_instances rs-keep-1 rs-keep-2 rs-keep-3 rs-new-1
api_check "the restarted host runs the new instance" 20 "/instances/rs-new-1" '"runtimeStatus": ?"(Running|Pending)"'

# The dashboard tries again when its backoff says (at most about a minute after the last try), not at once.
check "the instance new since the restart shows" 80 "rs-new-1"
check_absent "the instance the restart lost goes" 20 "rs-lost-1"
check "the filter is kept" 1 "/rs-"
if [ "$(screen_text | grep -E '^INSTANCE')" = "$heading" ]; then
    pass "the sort is kept"
else
    fail "the sort is kept" "heading was '$heading', now '$(screen_text | grep -E '^INSTANCE')'"
fi
check "the mark is kept" 1 '^\*rs-keep-2'
selected=$(detail_id)
if [ "$selected" = rs-keep-2 ]; then
    pass "the selection is kept"
else
    fail "the selection is kept" "the detail view opened '$selected'"
fi
check "the data is fresh again" 10 "every 1s  updated [0-9]+s ago"
if screen_text | head -1 | grep -Eq "STALE|retry in"; then
    fail "no stale or retry word is left" "$(screen_text | head -1)"
else
    pass "no stale or retry word is left"
fi

summary
