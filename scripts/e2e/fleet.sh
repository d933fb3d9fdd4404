#!/usr/bin/env bash
# End-to-end test of the fleet overview on the real binary inside a private tmux server at 80x24: a connections
# file with two simulated hosts (orders: 1,000 instances with the troubles triage looks for, its own key;
# billing: a quiet hub, read-only, another key) and one dead address, a connection naming two task hubs of one
# host, and `--demo --all`. Checks the overview (rows, words for the dead hub, trouble first, [RO]), diving in
# with Enter, `:hubs`, `:hub NAME` with Tab completion, Esc and q at a hub's top, each hub keeping its filter,
# read-only enforced inside the read-only hub (nothing planned in the audit log) while the other hub's actions
# open, and that no key ever shows.
#
# Prints `PASS name` / `FAIL name: why` per check and a final `N passed, M failed` line; exits non-zero on any
# failure. Needs bash, tmux, curl and a built binary (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="fleet"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# launch ARGS...: durabletop with the test's connections file in a fresh 80x24 pane.
launch() {
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 DURABLETOP_KEY= '$bin' \
        --connections-file '$work/connections.toml' --audit-log '$work/audit.jsonl' $*; \
        echo \"durabletop exited \$?\"; sleep 600"
}

# colon TEXT: types a : command and Enter.
colon() {
    keys ":"
    typed "$1"
    keys Enter
}

# row_of NAME: the screen row (0-based) of the hub NAME in the overview's table, or nothing.
row_of() {
    screen_text | grep -nE "^$1( |$)" | head -1 | cut -d: -f1 | awk '{ print $1 - 1 }'
}

require tmux curl
keep_tmux_server

orders_key="orders-secret-$$"
billing_key="billing-secret-$$"
printf '%s\n' "$orders_key" >"$work/orders.key"
printf '%s\n' "$billing_key" >"$work/billing.key"
DURABLETOP_SIM_KEY="$orders_key" require_sim orders --instances 1000 --seed 7 --time-scale 10
orders_base=$base
DURABLETOP_SIM_KEY="$billing_key" require_sim billing --instances 200 --seed 3 --task-hub Nightly=100
billing_base=$base
{
    connection orders "$orders_base" "key-file = \"$work/orders.key\""
    connection billing "$billing_base" "key-file = \"$work/billing.key\"" "read-only = true"
    connection dead "http://127.0.0.1:9"
    connection batch "$billing_base" "key-file = \"$work/billing.key\"" 'task-hubs = ["TestHubName", "Nightly"]'
} >"$work/connections.toml"

# --- the overview ------------------------------------------------------------------------------------------------
launch ""
check "with no --url and no -c, several hubs open the overview" 30 "^fleet +5 hubs"
check "the dead address is named in words, not blocking the others" 30 "^dead .*unreachable"
check "the live hubs load beside it" 60 "^orders .* [0-9]+s ago"
check "a read-only connection carries [RO]" 30 "^billing \\[RO\\]"
check "a connection's two task hubs are two rows" 30 "^batch/Nightly "
check "trouble sorts first: the dead hub, then the hub needing attention" 60 "need attention"
dead_row=$(row_of dead)
orders_row=$(row_of orders)
billing_row=$(row_of billing)
if [ -n "$dead_row" ] && [ -n "$orders_row" ] && [ -n "$billing_row" ] && [ "$dead_row" -lt "$orders_row" ] &&
    [ "$orders_row" -lt "$billing_row" ]; then
    pass "rows in trouble order: dead ($dead_row), orders ($orders_row), billing ($billing_row)"
else
    fail "rows in trouble order" "dead=$dead_row orders=$orders_row billing=$billing_row"
    screen_text | sed 's/^/    | /'
fi
check "the selected dead hub's error in full on the bottom line" 10 "^dead( \(retry in [0-9]+s\))?: .*(refused|connect)"
check "the dead hub's bottom line counts down to its next try" 10 "^dead \(retry in [0-9]+s\): "
if screen_text | grep -qE "$orders_key|$billing_key"; then
    fail "no key on the overview" "a key is on screen"
else
    pass "no key on the overview"
fi

# --- diving in and out -------------------------------------------------------------------------------------------
keys g
for _ in $(seq 1 "$((orders_row - 4))"); do keys j; done
keys Enter
check "Enter dives into the hub, its name first in the header" 30 "^orders  127\\.0\\.0\\.1"
check "the hub's dashboard has its instances" 60 "instances"
keys /
typed "HelloSequence"
keys Enter
check "a filter inside the hub" 10 "/HelloSequence"
colon hubs
check ":hubs returns to the overview" 10 "^fleet +5 hubs"
keys ":"
typed "hub bil"
keys Tab
check "Tab completes the hub name" 10 ":hub billing"
keys Enter
check ":hub NAME jumps into that hub" 30 "^billing  127\\.0\\.0\\.1.*\\[RO\\]"
keys T
check "read-only stays enforced inside the read-only hub" 10 "read-only: terminate.* is disabled"
press_escape
check "Esc at the top of a hub returns to the overview" 10 "^fleet +5 hubs"
colon "hub orders"
check "the orders hub kept its filter while away" 30 "/HelloSequence"
keys /
typed "status:completed HelloSequence"
keys Enter
check "a Completed row under the cursor" 10 "/status:completed HelloSequence"
keys X
check "the writable hub's actions open their dialog (purge of a Completed row)" 10 "Purge"
press_escape
if [ -f "$work/audit.jsonl" ] && grep -q '"planned"' "$work/audit.jsonl"; then
    fail "nothing was planned or sent" "$(head -c 300 "$work/audit.jsonl")"
else
    pass "nothing was planned or sent"
fi
keys q
check "q at the top of a hub returns to the overview" 10 "^fleet +5 hubs"
keys q
check "q on the overview quits" 10 "durabletop exited 0"

# --- one connection of several task hubs, --all with -c, the demo fleet --------------------------------------------
launch "-c batch"
check "-c with a connection of several task hubs opens their overview" 30 "^fleet +2 hubs"
check "each task hub of the connection is a row" 30 "^batch/TestHubName "
keys q
launch "--all -c orders"
check "--all with -c is a usage error" 10 "--all watches every hub"
tm kill-session -t "$session" >/dev/null 2>&1
tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '$bin' --demo --all --read-only; \
    echo \"durabletop exited \$?\"; sleep 600"
check "--demo --all opens a simulated fleet of three task hubs" 60 "^fleet +3 hubs"
check "the demo fleet's hubs load" 60 "^reports .* [0-9]+s ago"
keys q
check "the demo fleet quits" 10 "durabletop exited 0"

# Quitting stops the in-process host while the hubs poll it: five more quits, at once after the hubs load, each clean.
for round in 1 2 3 4 5; do
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '$bin' --demo --all --read-only; \
        echo \"durabletop exited \$?\"; sleep 600"
    check "the demo fleet loads (round $round)" 60 "^reports .* [0-9]+s ago"
    keys q
    check "the demo fleet quits cleanly while its hubs poll (round $round)" 10 "durabletop exited 0"
done

summary
