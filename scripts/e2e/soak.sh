#!/usr/bin/env bash
# Soak of the real binary through a real terminal: `durabletop sim` with a lively hub (instances started, finishing
# and failing while keys arrive), the dashboard at 80x24 in a private tmux server with a 1 s refresh, and seeded
# random keys: navigation, filters, `:` commands, the action keys with their dialogs filled in and confirmed,
# marks, Tab, Esc, Enter and resizes. After every key the process must be alive and the screen must show no
# crash; at the end the dashboard must still quit cleanly with `:q`.
#
# SOAK_SEEDS (default 4) seeds of SOAK_KEYS (default 250) keys each; SOAK_SEED=N replays one seed. A failing seed is
# printed with the keys that led to it. Prints `PASS`/`FAIL` lines and a final `N passed, M failed` line; exits
# non-zero on any failure. Needs bash, tmux, curl and a built binary (DURABLETOP_BIN, else the debug build).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="soak"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

keys_per_seed=${SOAK_KEYS:-250}
if [ -n "${SOAK_SEED:-}" ]; then
    seeds=("$SOAK_SEED")
else
    mapfile -t seeds < <(seq 1 "${SOAK_SEEDS:-4}")
fi

# What a key press may be: tmux key names, literal text (prefixed with `=`), or an action confirmed at once
# (prefixed with `@`: the action key, then Tab to Confirm and Enter, with the count typed for bulk and purges).
vocabulary=(j k j k Down Up NPage PPage g G Enter Enter Enter Escape Escape Tab Tab BTab
    T E S W R X P N T E Space v a u b 1 2 3 s w e o '>' '<' t r p '?' BSpace Left Right C-u
    "=ApprovalEvent" '={"approved": tru' '={"approved": true}' "=42" "=ops" "=/soak" "=/appr" "=/"
    "=:entities" "=:instances" "=:status failed" "=:status all" "=:window 1h" "=:help"
    @T @T @S @E @X @W @R)

# crash_shown: whether the screen shows a crash report or a runtime failure.
crash_shown() {
    screen_text | grep -Eq "crashed|Fatal error|Backtrac|Illegal instruction|Segmentation|Press space"
}

# press_random: one random key from the vocabulary (after `RANDOM` was seeded); echoes what it pressed.
press_random() {
    local choice=${vocabulary[RANDOM % ${#vocabulary[@]}]}
    if [ "$((RANDOM % 60))" -eq 0 ]; then
        tm resize-window -t "$session" -x $((40 + RANDOM % 100)) -y $((10 + RANDOM % 30)) 2>/dev/null
        echo "resize"
        return
    fi
    case "$choice" in
    @E) keys E Tab && typed "Evt" && keys Tab && typed "1" && keys Tab Enter ;;
    @X) keys X Tab && typed "1" && keys Tab Enter ;;
    @*) keys "${choice#@}" Tab Tab Enter ;;
    =:*) typed "${choice#=}" && keys Enter ;;
    =*) typed "${choice#=}" ;;
    *) keys "$choice" ;;
    esac
    [ "$choice" = Escape ] && sleep 0.05
    echo "$choice"
}

require tmux curl
require_sim sim --seed 5 --instances 300 --time-scale 20
keep_tmux_server

for seed in "${seeds[@]}"; do
    for id in $(seq 1 20); do
        curl -s -X POST -H "Content-Type: application/json" --data '{"timeoutSeconds": 86400}' \
            "$base/orchestrators/ApprovalWorkflow/appr-$seed-$id" >/dev/null
    done
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 USER=soak XDG_STATE_HOME='$work/state-$seed' \
        '$bin' --url '$sim_url' --refresh 1; echo \"durabletop exited with status \$?\"; sleep 600"
    if ! wait_for 30 "Running"; then
        fail "seed $seed: dashboard starts" "$(screen_text | head -5)"
        continue
    fi
    RANDOM=$seed
    pressed=()
    broken=""
    for step in $(seq 1 "$keys_per_seed"); do
        pressed+=("$(press_random)")
        sleep 0.02
        if crash_shown || screen_text | grep -q "durabletop exited"; then
            broken="after key $step"
            break
        fi
    done
    if [ -z "$broken" ]; then
        keys Escape
        sleep 0.3
        keys Escape
        sleep 0.3
        typed ":q"
        keys Enter
        if wait_for 10 "durabletop exited with status 0"; then
            pass "seed $seed: $keys_per_seed keys, no crash, quits cleanly"
        else
            fail "seed $seed: quits cleanly after $keys_per_seed keys" "$(screen_text | tail -5)"
        fi
    else
        fail "seed $seed: no crash" "$broken; replay with SOAK_SEED=$seed; last keys: ${pressed[*]: -15}"
        screen_text | sed 's/^/    | /'
    fi
done
runs=$(cat "$work"/state-*/durabletop/audit.jsonl 2>/dev/null | grep -c '"event":"finished"')
if [ "$runs" -gt 0 ]; then
    pass "the soak confirmed $runs actions ($(cat "$work"/state-*/durabletop/audit.jsonl | grep -c '"event":"sent"') requests sent)"
else
    fail "the soak confirmed actions" "no finished run in the audit logs, so no action ran"
fi
summary
