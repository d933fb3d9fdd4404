#!/usr/bin/env bash
# End-to-end test of how durabletop fails: a crash in the middle of an operator action, and SIGTERM or SIGHUP in
# the middle of a bulk run, all against `durabletop sim` in a private tmux server at 80x24.
#
# - The crash is injected with DURABLETOP_DEBUG_CRASH=after-send (debug builds only): the terminal must come
#   back (normal screen, echo and line mode), one plain line must name the failure, the crash file and the
#   actions in flight, the backtrace must be in that file and no backtracer may wait for a key, and the audit log
#   must show the request sent with no answer.
# - SIGTERM and SIGHUP during a slow bulk terminate must stop sending, let the requests already sent answer, say
#   on the terminal what was not sent, end with the signal's status (143, 129), and leave an audit log whose
#   finished line names the targets never sent; the host must agree.
#
# Prints `PASS`/`FAIL` lines and a final `N passed, M failed` line; exits non-zero on any failure. Needs bash,
# tmux, curl and a debug build (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="resilience"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# api METHOD PATH [BODY]: one call to the sim's management API; prints the body.
api() {
    send "$1" "$base$2" "${@:3}"
}

# faults METHOD [BODY]: the sim's fault switch, at the host's root (not under the management API's base).
faults() {
    send "$1" "${base%/runtime/webhooks/durabletask}/_sim/faults" "${@:2}"
}

# launch NAME ENV...: the dashboard in a fresh pane with its own state directory; when it exits, the pane prints
# its status and the terminal modes, then waits.
launch() {
    local name=$1
    shift
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 USER=e2e XDG_STATE_HOME='$work/$name' $* \
        '$bin' --url '$sim_url' --refresh 1; echo \"exit status \$?\"; if stty -a | grep -Eqw -- '-(echo|icanon)'; then echo 'modes: raw'; else echo 'modes: echo icanon'; fi; sleep 600"
}

# check_joined NAME SECONDS REGEX: like check, on the screen with wrapped lines joined.
check_joined() {
    local deadline=$((SECONDS + $2))
    while [ "$SECONDS" -le "$deadline" ]; do
        if tm capture-pane -p -J -t "$session" | grep -Eq -- "$3"; then
            pass "$1"
            return 0
        fi
        sleep "$poll_interval"
    done
    fail "$1" "screen never matched /$3/; last screen:"
    tm capture-pane -p -J -t "$session" | sed 's/^/    | /'
}

# start_instances PREFIX COUNT: Running approvals PREFIX-1 … PREFIX-COUNT.
start_instances() {
    local id
    for id in $(seq 1 "$2"); do
        api POST "/orchestrators/ApprovalWorkflow/$1-$id" '{"timeoutSeconds": 86400}' >/dev/null
    done
}

require tmux curl
require_sim sim --seed 3 --instances 20
keep_tmux_server
pass "sim starts"

# --- A crash in the middle of a bulk terminate -------------------------------------------------------------------
start_instances crash 3
launch crash DURABLETOP_DEBUG_CRASH=after-send
check "dashboard starts" 30 "crash-3"
typed "/crash-"
keys Enter
check "filtered to the crash rows" 10 "crash-1"
typed "a"
typed "T"
check "bulk terminate dialog" 10 "Terminate 3 instances"
keys Tab Tab
typed "3"
keys Tab Enter
check_joined "the crash line names what failed" 20 "durabletop crashed: a runtime check failed"
check_joined "the crash line names the crash file" 5 "Backtrace: .*crash-"
check_joined "the crash line names the actions in flight" 5 "In flight: terminate of 3: .*not sent"
check "the process ended with SIGILL's status" 10 "exit status 132"
check "echo and line mode are back" 5 "^modes: echo icanon$"
if [ "$(tm display-message -p -t "$session" '#{alternate_on}')" = "0" ]; then
    pass "the alternate screen is off"
else
    fail "the alternate screen is off" "alternate_on=$(tm display-message -p -t "$session" '#{alternate_on}')"
fi
if screen_text | grep -q "Press space"; then
    fail "no backtracer waits for a key" "$(screen_text | tail -5)"
else
    pass "no backtracer waits for a key"
fi
crash_file=$(ls "$work"/crash/durabletop/crash-*.txt 2>/dev/null | head -1)
if [ -n "$crash_file" ] && grep -q "Program crashed" "$crash_file" && grep -q "DebugCrash.swift" "$crash_file"; then
    pass "the crash file holds the backtrace"
else
    fail "the crash file holds the backtrace" "file: ${crash_file:-none}; $(head -c 300 "${crash_file:-/dev/null}")"
fi
if [ -n "$crash_file" ] && [ "$(stat -c %a "$crash_file")" = "600" ]; then
    pass "the crash file is private (0600)"
else
    fail "the crash file is private (0600)" "mode $(stat -c %a "${crash_file:-/dev/null}")"
fi
log="$work/crash/durabletop/audit.jsonl"
if grep -q '"event":"planned"' "$log" && grep -q '"event":"sent"' "$log" && ! grep -q '"event":"answered"' "$log" &&
    ! grep -q '"event":"finished"' "$log"; then
    pass "the audit log shows the plan and a request sent with no answer"
else
    fail "the audit log shows the plan and a request sent with no answer" "$(cat "$log" 2>/dev/null)"
fi

# stop_mid_run SIGNAL STATUS PREFIX: a slow bulk terminate of 12 PREFIX rows, SIGNAL once it is going; the process
# must end with STATUS after the requests already sent answered, say what was not sent, give the terminal back,
# and leave a finished audit line naming SIGNAL and the targets never sent, which still run on the host.
stop_mid_run() {
    local signal=$1 status=$2 prefix=$3
    start_instances "$prefix" 12
    faults POST '{"faults": [{"kind": "latency", "latencyMs": 700}]}' >/dev/null
    launch "$prefix"
    check "$signal: dashboard starts" 40 "$prefix-"
    typed "/$prefix-"
    keys Enter
    check "$signal: filtered to the slow rows" 15 "$prefix-12"
    typed "a"
    typed "T"
    check "$signal: bulk terminate of 12" 10 "Terminate 12 instances"
    keys Tab Tab
    typed "12"
    keys Tab Enter
    check "$signal: the run is going" 15 "terminate: [0-9]+ done.*to go"
    kill "-${signal#SIG}" "$(pgrep -f -n "durabletop --url $sim_url")"
    check "$signal ends the process with status $status" 20 "exit status $status"
    check_joined "$signal: the terminal says what was not sent" 5 "not sent .*stopped: $signal"
    check "$signal: echo and line mode are back" 5 "^modes: echo icanon$"
    faults DELETE >/dev/null
    local log="$work/$prefix/durabletop/audit.jsonl" finished sent answered not_sent
    finished=$(grep '"event":"finished"' "$log" 2>/dev/null)
    if printf '%s' "$finished" | grep -q "\"stoppedBy\":\"$signal\"" &&
        ! printf '%s' "$finished" | grep -q '"notSent":\[\]'; then
        pass "$signal: the finished line names $signal and the targets never sent"
    else
        fail "$signal: the finished line names $signal and the targets never sent" "$finished"
    fi
    sent=$(grep -c '"event":"sent"' "$log")
    answered=$(grep -c '"event":"answered"' "$log")
    if [ "$sent" -gt 0 ] && [ "$sent" -eq "$answered" ]; then
        pass "$signal: every request sent got its answer before the exit ($sent sent)"
    else
        fail "$signal: every request sent got its answer before the exit" "$sent sent, $answered answered"
    fi
    not_sent=$(printf '%s' "$finished" | grep -o '"notSent":\[[^]]*\]' | grep -o "$prefix-[0-9]*" | head -1)
    if [ -n "$not_sent" ] && api GET "/instances/$not_sent" | grep -Eq '"runtimeStatus": ?"Running"'; then
        pass "$signal: the host agrees: $not_sent, never sent, still runs"
    else
        fail "$signal: the host agrees that a target never sent still runs" \
            "${not_sent:-none}: $(api GET "/instances/$not_sent" | head -c 200)"
    fi
}

# --- SIGTERM, and SIGHUP (a dropped SSH link), in the middle of a slow bulk terminate ---------------------------
stop_mid_run SIGTERM 143 slowterm
stop_mid_run SIGHUP 129 slowhup
summary
