#!/usr/bin/env bash
# End-to-end test of the triage views on the real binary: `durabletop --demo` (a 3,000-instance simulated hub
# seeded with failure patterns, a burst, stuck Pending, stalled Running and long-Suspended instances) inside a
# private tmux server at 80x24. Walks :failures (a cluster's instances, marks and a bulk dialog, Esc back),
# :attention (every reason, Enter, y copying the id through tmux's clipboard), :orchestrators (Enter narrows the
# list), the Timeline tab, an ASCII-only screen, and a threshold set with --attention. Saves each view's screen
# in $TRIAGE_SCREENS (when set) for the closing note.
#
# Prints `PASS name` / `FAIL name: why` per check and a final `N passed, M failed` line; exits non-zero on any
# failure. Needs bash, tmux and a built binary (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="triage"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# launch ENV... -- ARGS...: the dashboard on the demo hub in a fresh 80x24 pane, with tmux taking OSC 52.
launch() {
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env $1 '$bin' --demo --audit-log '$work/audit.jsonl' $2; echo \"durabletop exited \$?\"; sleep 600"
    tm set-option -g set-clipboard on >/dev/null
}

# save NAME: keeps the screen as $TRIAGE_SCREENS/NAME.txt.
save() {
    if [ -n "${TRIAGE_SCREENS:-}" ]; then
        mkdir -p "$TRIAGE_SCREENS"
        screen_text >"$TRIAGE_SCREENS/$1.txt"
    fi
}

# absent NAME FIRST,LAST EXTENDED-REGEX: one PASS/FAIL line for "screen rows FIRST..LAST never match REGEX".
absent() {
    local found
    found=$(screen_text | sed -n "$2p" | grep -E -- "$3" | head -1)
    if [ -n "$found" ]; then
        fail "$1" "$found"
    else
        pass "$1"
    fi
}

# colon TEXT: types a : command and Enter.
colon() {
    keys ":"
    typed "$1"
    keys Enter
}

require tmux
keep_tmux_server

# --- UTF-8, 256 colours ------------------------------------------------------------------------------------------
launch "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8" ""
check "the demo hub loads" 60 "[0-9]+ need attention \\(:a\\)"
save instances

colon failures
check ":failures lists clusters, biggest first" 10 "failed in [0-9]+ clusters"
check ":failures shows the declined-card cluster without its variable parts" 5 "ProcessOrder +.*Card"
top=$(screen_text | sed -n '5p' | awk '{ print $1 }')
second=$(screen_text | sed -n '6p' | awk '{ print $1 }')
if [ -n "$top" ] && [ -n "$second" ] && [ "$top" -ge "$second" ]; then
    pass ":failures: the biggest cluster is first ($top, then $second)"
else
    fail ":failures: the biggest cluster is first" "rows start with '$top' and '$second'"
fi
absent ":failures: no GUID in a cluster message" 5,20 '[0-9a-f]{8}-[0-9a-f]{4}-'
save failures

keys Enter
check "Enter lists the cluster's instances, titled by the cluster" 10 "failures › instances +cluster"
check "the cluster's instances are all Failed" 5 "✗ Failed"
absent "the cluster list holds only its failed instances" 5,21 '▶ Running|✓ Completed|◌ Pending'
save cluster
keys a
check "a marks the whole cluster" 5 "[0-9]+ marked"
keys W
check "W opens one dialog to rewind the whole cluster" 5 "Rewind [0-9]+ instances"
press_escape
press_escape
check "Esc returns to :failures" 5 "^failures +[0-9]+ failed in"
keys Enter
check "the cluster opens again" 10 "failures › instances +cluster"
absent "leaving a cluster dropped its marks" 5,18 '^\*'
press_escape

colon attention
check ":attention: a burst of failures" 10 "burst: [0-9]+ failures in"
check ":attention: Pending, never started" 5 "Pending [0-9hm ]+, never started"
check ":attention: stalled beyond its usual p95" 5 "no update for [0-9hm ]+\\(usual p95"
check ":attention: suspended for long" 5 "Suspended for [0-9]+h"
save attention

id=$(screen_text | sed -n '5p' | awk '{ print $1 }')
keys Enter
check "Enter on an attention row opens the instance" 10 "tab 1/3"
full_id=$(screen_text | grep -E '^ *Instance ' | head -1 | awk '{ print $2 }')
keys y
check "y says it copied the id" 5 "copied "
if [ -n "$full_id" ] && wait_for 5 "copied $full_id" && [ "$(tm show-buffer 2>/dev/null)" = "$full_id" ]; then
    pass "y puts the instance id on the clipboard (OSC 52 into tmux's buffer)"
else
    fail "y puts the instance id on the clipboard" "buffer '$(tm show-buffer 2>/dev/null)', id '$full_id' (row '$id')"
fi

colon orchestrators
check ":orchestrators: counts, failure rate, p50/p95" 10 "NAME +TOTAL +RUN +PEND +SUSP +FAIL +DONE +FAIL% +P50 +P95"
check ":orchestrators: the Pending-only orchestrator shows" 5 "LegacyInvoi"
save orchestrators
keys /
typed "HelloSequence"
keys Enter
check "/ narrows :orchestrators to one name" 5 "/HelloSequence"
keys Enter
check "Enter on an orchestrator lists its instances" 10 "orchestrators › instances +orchestrator HelloSequence"
save orchestrator-instances
keys Enter
check "an instance of it opens" 10 "tab 1/3"
keys 3
check "the Timeline tab draws a Gantt with its legend" 10 "span: scheduled → completed"
save timeline

tm kill-session -t "$session" >/dev/null 2>&1

# --- LANG=C: ASCII-only ------------------------------------------------------------------------------------------
launch "TERM=xterm LANG=C LC_ALL=C" ""
check "ascii run: loads" 60 "[0-9]+ need attention \\(:a\\)"
colon failures
check "ascii run: :failures" 10 "failed in [0-9]+ clusters"
if screen_text | LC_ALL=C grep -q $'[\x80-\xff]'; then
    fail "ascii run: only ASCII on screen" "$(screen_text | LC_ALL=C grep $'[\x80-\xff]' | head -2)"
else
    pass "ascii run: only ASCII on screen (sparklines as _-=#)"
fi
save failures-ascii
tm kill-session -t "$session" >/dev/null 2>&1

# --- a threshold from the command line -----------------------------------------------------------------------
launch "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8" "--attention pending=1d --attention suspended=1d"
check "--attention: loads" 60 "need attention \\(:a\\)"
colon attention
check "--attention: the view shows the rest" 10 "burst: [0-9]+ failures|no update for"
if wait_for 5 "never started|Suspended for"; then
    fail "--attention pending=1d suspended=1d leaves Pending and Suspended out" "$(screen_text | grep -E 'never started|Suspended for' | head -1)"
else
    pass "--attention pending=1d suspended=1d leaves Pending and Suspended out"
fi

summary
