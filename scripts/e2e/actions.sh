#!/usr/bin/env bash
# End-to-end test of the operator actions: `durabletop sim` with a key in the background, the dashboard in a
# private tmux server at 80x24, keys sent with send-keys. Each action is checked on screen, then through the
# host's API with curl: terminate with a reason, raise ApprovalEvent with a JSON payload (the approval completes
# with it), purge, suspend and resume, a bulk terminate of marked rows, read-only mode, and the audit log
# (one JSON line per mutation, never the key).
#
# Prints `PASS name` / `FAIL name: why` per check and a final `N passed, M failed` line; exits non-zero on any
# failure. Needs bash, tmux, curl and a built binary (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="actions"
secret="actions-e2e-secret-$$"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# api METHOD PATH [BODY]: one call to the sim's management API with the key in the header; prints the body.
api() {
    local method=$1 path=$2
    shift 2
    if [ $# -gt 0 ]; then
        curl -s -X "$method" -H "x-functions-key: $secret" -H "Content-Type: application/json" \
            --data "$1" "$base$path"
    else
        curl -s -X "$method" -H "x-functions-key: $secret" "$base$path"
    fi
}

# http_status PATH: the status code of GET PATH.
http_status() {
    curl -s -o /dev/null -w '%{http_code}' -H "x-functions-key: $secret" "$base$1"
}

# show_only TEXT: the list filtered to ids containing TEXT.
show_only() {
    typed "/"
    keys C-u
    typed "$1"
    keys Enter
}

# launch ARGS...: the dashboard in a fresh pane with the key from a file and a private audit-log directory.
launch() {
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 USER=e2e XDG_STATE_HOME='$work/state' \
        '$bin' --url '$url' --key-file '$work/key' --refresh 1 $*; sleep 600"
}

require tmux curl
printf '%s\n' "$secret" >"$work/key"
require_sim sim --seed 11 --instances 40 --key-file "$work/key"
url="$sim_url"
pass "sim starts"

# Instances of our own, waiting for ApprovalEvent with a timeout far beyond the test, so they stay Running.
for id in act-term act-appr act-susp act-bulk-1 act-bulk-2 act-bulk-3; do
    api POST "/orchestrators/ApprovalWorkflow/$id" '{"timeoutSeconds": 86400}' >/dev/null
done
api_check "test instances started" 30 "/instances/act-bulk-3" '"runtimeStatus": ?"(Running|Pending)"'

keep_tmux_server

# --- Terminate with a reason -------------------------------------------------------------------------------------
launch
check "dashboard starts" 30 "act-"
show_only "act-term"
check "filtered to act-term" 15 "act-term +Approval"
typed "T"
check "terminate dialog names its target" 10 "Terminate 1 instance"
check "reason pre-filled with user@host" 5 "Reason: e2e@"
check "focus starts on Cancel" 5 "\[ Cancel \] +\[ Terminate \]"
keys Tab
keys C-u
typed "e2e says stop"
keys Tab Enter
check "terminate reported on screen" 15 "terminate act-term: accepted"
press_escape
check "row shows Terminated" 15 "act-term.*Terminated"
api_check "API: act-term is Terminated" 15 "/instances/act-term" '"runtimeStatus": ?"Terminated"'
api_check "API: terminate output is the reason" 15 "/instances/act-term" '"output": ?"e2e says stop"'

# --- Raise ApprovalEvent with a JSON payload ---------------------------------------------------------------------
show_only "act-appr"
check "filtered to act-appr" 15 "act-appr +Approval"
typed "E"
check "raise-event dialog opens" 10 "Raise event 1 instance"
keys Tab
typed "ApprovalEvent"
keys Tab
typed '{"approved": tru'
check "payload validated as typed" 10 "Payload \(JSON\): invalid JSON"
typed 'e, "by": "e2e"}'
keys Tab Enter
check "raise event reported on screen" 15 "raise event act-appr: accepted"
press_escape
api_check "API: approval completed with the payload" 30 "/instances/act-appr" \
    '"output": ?\{"approved": ?true, ?"by": ?"e2e"\}'
check "row shows Completed" 20 "act-appr.*Completed"

# --- Purge (the terminated instance) -----------------------------------------------------------------------------
show_only "act-term"
check "filtered to act-term again" 15 "act-term.*Terminated"
typed "X"
check "purge dialog asks for the count" 10 "type 1 to confirm"
keys Tab
typed "1"
keys Tab Enter
check "purge reported on screen" 15 "purge act-term: purged 1"
press_escape
if [ "$(http_status /instances/act-term)" = "404" ]; then
    pass "API: act-term purged (404)"
else
    fail "API: act-term purged (404)" "status $(http_status /instances/act-term)"
fi

# --- Suspend, then resume ----------------------------------------------------------------------------------------
show_only "act-susp"
check "filtered to act-susp" 15 "act-susp +Approval"
typed "S"
check "suspend dialog opens" 10 "Suspend 1 instance"
keys Tab Tab Enter
check "suspend reported on screen" 15 "suspend act-susp: accepted"
press_escape
api_check "API: act-susp is Suspended" 15 "/instances/act-susp" '"runtimeStatus": ?"Suspended"'
check "row shows Suspended" 15 "act-susp.*Suspended"
typed "S"
check "S on a suspended row opens resume" 10 "Resume 1 instance"
keys Tab Tab Enter
check "resume reported on screen" 15 "resume act-susp: accepted"
press_escape
api_check "API: act-susp runs again" 15 "/instances/act-susp" '"runtimeStatus": ?"(Running|Pending)"'

# --- Bulk terminate of marked rows -------------------------------------------------------------------------------
show_only "act-bulk"
check "filtered to the bulk rows" 15 "act-bulk-3"
typed "a"
check "all visible rows marked" 10 "3 marked"
typed "T"
check "bulk dialog names 3 targets" 10 "Terminate 3 instances"
check "bulk dialog asks for the count" 5 "type 3 to confirm"
keys Tab Tab
typed "3"
keys Tab Enter
check "bulk progress summary" 20 "terminate: 3 done"
press_escape
for id in act-bulk-1 act-bulk-2 act-bulk-3; do
    api_check "API: $id is Terminated" 15 "/instances/$id" '"runtimeStatus": ?"Terminated"'
done

typed "u"
sleep 0.3

# --- Start a new orchestration: it opens once the host lists it ------------------------------------------------
typed "N"
check "start dialog opens" 10 "Start a new orchestration"
keys Tab
typed "ApprovalWorkflow"
keys Tab
typed "act-new"
keys Tab
typed '{"timeoutSeconds": 86400}'
keys Tab Enter
check "the started instance opens" 20 "Instance +act-new"
api_check "API: act-new runs with its input" 15 "/instances/act-new" '"input": ?\{"timeoutSeconds": ?86400\}'
press_escape

# --- Signal an entity from the entities view --------------------------------------------------------------------
api POST "/entities/counter/e2e?op=add" '1' >/dev/null
typed ":entities"
keys Enter
check "entities listed" 20 "counter +e2e"
show_only "e2e"
check "filtered to counter e2e" 15 "/e2e"
typed "E"
check "signal dialog opens" 10 "Signal 1 entity"
keys Tab
typed "add"
keys Tab
typed "41"
keys Tab Enter
check "signal reported on screen" 15 "signal entity @counter@e2e: accepted"
api_check "API: the entity state is 42" 15 "/entities/counter/e2e" '^42$'
press_escape

typed ":q"
keys Enter

# --- The audit log: a finished line per mutation, each request written before it was sent, never the key --------
log="$work/state/durabletop/audit.jsonl"
if [ -f "$log" ] && [ "$(grep -c '"event":"finished"' "$log")" -eq 8 ]; then
    pass "audit log has one finished line per mutation"
else
    fail "audit log has one finished line per mutation" "$(grep -c '"event":"finished"' "$log" 2>/dev/null) in $log"
fi
if [ "$(grep -c '"event":"sent"' "$log")" -eq "$(grep -c '"event":"answered"' "$log")" ] &&
    [ "$(grep -c '"event":"sent"' "$log")" -eq 10 ]; then
    pass "audit log has a sent and an answered line per request"
else
    fail "audit log has a sent and an answered line per request" \
        "$(grep -c '"event":"sent"' "$log") sent, $(grep -c '"event":"answered"' "$log") answered"
fi
for action in terminate raiseEvent purge suspend resume start signalEntity; do
    if grep -q "\"action\":\"$action\"" "$log" 2>/dev/null; then
        pass "audit log records $action"
    else
        fail "audit log records $action" "no line"
    fi
done
if grep -q '"reason":"e2e says stop"' "$log" 2>/dev/null && grep -q '"taskHub"' "$log" 2>/dev/null; then
    pass "audit log keeps reason and task hub"
else
    fail "audit log keeps reason and task hub" "$(head -c 400 "$log" 2>/dev/null)"
fi
sed 's/^/    audit | /' "$log" 2>/dev/null
if grep -q -- "$secret" "$log" 2>/dev/null; then
    fail "audit log never contains the key" "the key is in $log"
else
    pass "audit log never contains the key"
fi

# --- Read-only: mutations are disabled and help says so ----------------------------------------------------------
launch --read-only
check "read-only dashboard starts" 30 "act-"
typed "T"
check "read-only refuses terminate" 10 "read-only: terminate is disabled"
typed "?"
check "help opens" 10 "Help: Instances"
for _ in $(seq 1 40); do
    screen_text | grep -Eq "terminate \\(disabled: read-only\\)" && break
    typed "j"
    sleep 0.1
done
check "help shows mutations disabled" 10 "T +terminate \\(disabled: read-only\\)"
press_escape

summary
