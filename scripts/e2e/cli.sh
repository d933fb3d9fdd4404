#!/usr/bin/env bash
# End-to-end test of durabletop from the shell: every subcommand and every exit code against `durabletop sim`
# with a key, the README's shell examples run as written (with `prod` a named connection to the sim), the
# formats of `list` (piped and on a terminal), host control characters kept off the terminal, read-only and
# --yes refusals with nothing sent, the audit log, `open` of a saved instance, a pasted URL opening the
# dashboard, `status --all` over two sims and a dead address, and the key never printed. (`list -o jsonl` over a
# large hub is list-scale.sh.)
#
# Prints `PASS name` / `FAIL name: why` per check and a final `N passed, M failed` line; exits non-zero on any
# failure. Needs bash, tmux (for the pane the terminal checks use), curl, python3 and a built binary.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="cli"
secret="cli-e2e-secret-$$"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh
require tmux curl python3

printf '%s\n' "$secret" >"$work/key"
export DURABLETOP_SIM_KEY="$secret"
require_sim hub --instances 300 --seed 7 --time-scale 20
unset DURABLETOP_SIM_KEY
mkdir -p "$work/config/durabletop" "$work/state"
cat >"$work/config/durabletop/connections.toml" <<EOF
[connections.prod]
url = "$base"
key-file = "$work/key"

[connections.ro]
url = "$base"
key-file = "$work/key"
read-only = true
EOF
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" USER=e2e

# dt ARGS...: the binary with stdout in $work/out, stderr in $work/err; sets `rc`.
dt() {
    "$bin" "$@" >"$work/out" 2>"$work/err"
    rc=$?
}

# expect_rc NAME CODE: one PASS/FAIL line for the last dt's exit code.
expect_rc() {
    if [ "$rc" -eq "$2" ]; then
        pass "$1"
    else
        fail "$1" "exit $rc, expected $2; stderr: $(head -c 300 "$work/err")"
    fi
}

# count_prefix PREFIX: how many instances the host lists whose ids start with PREFIX.
count_prefix() {
    curl -s -H "x-functions-key: $secret" "$base/instances?instanceIdPrefix=$1" |
        python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}

# --- the README's examples, as written -------------------------------------------------------------------------
examples=$(sed -n '/<!-- shell-examples:begin -->/,/<!-- shell-examples:end -->/p' README.md | grep '^durabletop ')
if [ -z "$examples" ]; then
    fail "README examples found" "no durabletop lines between the shell-examples markers"
fi
mkdir -p "$work/path"
ln -s "$bin" "$work/path/durabletop"
while IFS= read -r example; do
    if PATH="$work/path:$PATH" bash -o pipefail -c "$example" >"$work/example.out" 2>"$work/example.err"; then
        pass "README example: $example"
    else
        fail "README example: $example" "exit $?; stderr: $(head -c 300 "$work/example.err")"
    fi
done <<<"$examples"

# --- exit codes in --help and the README ------------------------------------------------------------------------
missing=""
for command in list show wait start terminate suspend resume rewind restart purge raise signal status open; do
    dt "$command" --help
    grep -q '^Exit codes:' "$work/out" || missing+=" $command(no exit codes)"
done
dt list --help
while read -r code meaning; do
    grep -Fq "| $code | $meaning |" README.md || missing+=" $code"
done < <(sed -n '/Exit codes:/,/^$/p' "$work/out" | grep -E '^ +[0-9]+ ')
if [ -z "$missing" ]; then
    pass "the README's exit codes are the ones --help prints"
else
    fail "the README's exit codes are the ones --help prints" "missing or different:$missing"
fi

# --- list ------------------------------------------------------------------------------------------------------
# The simulated hub keeps starting instances; the counts compare the ones created before this point.
cutoff=$(date -u +%Y-%m-%dT%H:%M:%SZ)
sleep 1
dt list -c prod --to "$cutoff" -o jsonl
expect_rc "list -o jsonl exits 0" 0
jsonl_count=$(wc -l <"$work/out")
if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$work/out" 2>/dev/null &&
    [ "$jsonl_count" -ge 300 ]; then
    pass "list -o jsonl: one JSON object a line, every instance ($jsonl_count)"
else
    fail "list -o jsonl: one JSON object a line, every instance" "$jsonl_count lines"
fi
dt list -c prod --to "$cutoff" -o ids
if [ "$(wc -l <"$work/out")" -eq "$jsonl_count" ]; then
    pass "list -o ids: as many ids as JSON lines"
else
    fail "list -o ids: as many ids as JSON lines" "$(wc -l <"$work/out") ids, $jsonl_count JSON lines"
fi
dt list -c prod --to "$cutoff" -o json
if python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == int(sys.argv[2])' "$work/out" \
    "$jsonl_count" 2>/dev/null; then
    pass "list -o json: one array of every instance"
else
    fail "list -o json: one array of every instance" "$(head -c 200 "$work/out")"
fi
dt list -c prod --status failed
if head -n 1 "$work/out" | grep -q $'^INSTANCE\tNAME\tSTATUS' &&
    ! tail -n +2 "$work/out" | cut -f 3 | grep -vqx Failed; then
    pass "list piped: a tab-separated table, only the asked status"
else
    fail "list piped: a tab-separated table, only the asked status" "$(head -n 3 "$work/out")"
fi
dt list -c prod --since 5x
expect_rc "list --since 5x is a usage error (64)" 64
dt list --url http://127.0.0.1:9/runtime/webhooks/durabletask
expect_rc "list on an unreachable host exits 6" 6
dt list --url "$base"
expect_rc "list with no key (401) exits 6" 6
keep_tmux_server
tm -f /dev/null new-session -d -s "$session" -x 120 -y 30 \
    "'$bin' list -c prod --status failed --since 2d; sleep 600"
check "list on a terminal: aligned columns, no tabs" 10 'INSTANCE +NAME +STATUS +CREATED'

# --- host control characters -----------------------------------------------------------------------------------
# The simulated host, like the baseline host, keeps path segments percent-encoded, so an id or name with control
# characters cannot be made through it: a one-page host written here answers the list with such an instance.
cat >"$work/hostile.py" <<'PY'
import http.server, json, sys
row = {"name": "Evil\x1b]0;owned\x07", "instanceId": "evil-\x1b[31m-\x07-\x9bx", "runtimeStatus": "Failed",
       "input": None, "customStatus": "\u202eright-to-left", "output": None,
       "createdTime": "2026-11-30T07:00:00Z", "lastUpdatedTime": "2026-11-30T07:00:01Z"}
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps([row]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$work/hostile.py" >"$work/hostile.port" &
sim_pids+=("$!")
for _ in $(seq 50); do [ -s "$work/hostile.port" ] && break; sleep 0.1; done
hostile="http://127.0.0.1:$(head -n 1 "$work/hostile.port")/runtime/webhooks/durabletask"
unsafe=$'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]\|\xe2\x80[\xa8-\xae]'
for format in ids table; do
    dt list --url "$hostile" -o "$format"
    if [ "$rc" -eq 0 ] && grep -q 'evil-' "$work/out" && ! LC_ALL=C grep -q "$unsafe" "$work/out"; then
        pass "list -o $format: no host control character reaches the terminal"
    else
        fail "list -o $format: no host control character reaches the terminal" "$(od -c "$work/out" | head -n 4)"
    fi
done
dt list --url "$hostile" -o jsonl
if ! LC_ALL=C grep -q "$unsafe" "$work/out" && grep -q 'evil-\\u001b\[31m-\\u0007-\\u009bx' "$work/out" &&
    python3 -c 'import json,sys
assert json.loads(open(sys.argv[1]).readline())["instanceId"] == "evil-\x1b[31m-\x07-\x9bx"' "$work/out"; then
    pass "list -o jsonl: control characters escaped, the id intact"
else
    fail "list -o jsonl: control characters escaped, the id intact" "$(head -c 300 "$work/out")"
fi

# --- show and wait ----------------------------------------------------------------------------------------------
# A Failed instance whose activity failed (one whose orchestrator code threw has no TaskFailed event).
failed_id=$(curl -s -H "x-functions-key: $secret" "$base/instances?runtimeStatus=Failed" |
    python3 -c 'import json,sys; print([r for r in json.load(sys.stdin) if "Activity function" in str(r["output"])][0]["instanceId"])')
dt show -c prod "$failed_id" --history
expect_rc "show of a Failed instance exits 2" 2
if grep -q 'TaskFailed' "$work/out" && grep -q '^Status    Failed' "$work/out"; then
    pass "show --history: the status and the failed events"
else
    fail "show --history: the status and the failed events" "$(head -c 300 "$work/out")"
fi
dt show -c prod no-such-instance
expect_rc "show of an unknown instance exits 5" 5
dt show no-such-instance
expect_rc "show of an id with no host is a usage error (64)" 64
dt start -c prod ApprovalWorkflow --id slow-1 -o json
if grep -q 'code=\*\*\*' "$work/out" && ! grep -q "$secret" "$work/out"; then
    pass "start -o json: the check-status payload with code= masked"
else
    fail "start -o json: the check-status payload with code= masked" "$(head -c 300 "$work/out")"
fi
payload=$(curl -s -X POST -H "x-functions-key: $secret" "$base/orchestrators/ApprovalWorkflow/slow-2")
"$bin" wait "$payload" --timeout 3s >"$work/out" 2>"$work/err"
rc=$?
expect_rc "wait on a pasted payload gives up at --timeout with 4" 4
curl -s -o /dev/null -X POST -H "x-functions-key: $secret" "$base/instances/slow-2/terminate?reason=e2e"
dt wait -c prod slow-2 --timeout 30s -o json
expect_rc "wait on a Terminated instance exits 3" 3
dt wait "$base/instances/$failed_id?code=$secret"
expect_rc "wait on a pasted status URL with its code= needs no --url (Failed: 2)" 2
if ! grep -q "$secret" "$work/out" "$work/err"; then
    pass "wait: the code= from the pasted URL is never printed"
else
    fail "wait: the code= from the pasted URL is never printed" "found in the output"
fi
dt status --url "$base/instances/slow-1?taskHub=TestHubName" --key-file "$work/key"
if grep -q '^Instance  slow-1' "$work/out"; then
    pass "status with a pasted statusQueryGetUri prints that instance"
else
    fail "status with a pasted statusQueryGetUri prints that instance" "$(head -c 300 "$work/out")"
fi

tm kill-session -t "$session" >/dev/null 2>&1
tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '$bin' --url '$base/instances/slow-1?code=$secret'; sleep 600"
check "watch with a pasted status URL opens that instance's detail" 10 "Instance +slow-1"
press_escape
check "Esc goes to the hub's list behind it" 10 "INSTANCE +NAME +STATUS"
keys q
sleep 0.3
if screen_text | grep -q "$secret"; then
    fail "the pasted code= never shows on screen" "the key is on screen"
else
    pass "the pasted code= never shows on screen"
fi

# --- changes: refusals, bulk, audit -----------------------------------------------------------------------------
before=$(count_prefix ro-)
dt start -c ro HelloSequence --id ro-1
expect_rc "start on a read-only connection is refused (7)" 7
if [ "$(count_prefix ro-)" -eq "$before" ]; then
    pass "read-only start: nothing was sent"
else
    fail "read-only start: nothing was sent" "an ro- instance appeared"
fi
dt start -c prod ApprovalWorkflow --id bulk-1
dt start -c prod ApprovalWorkflow --id bulk-2
printf 'bulk-1\nbulk-2\n' | "$bin" terminate -c prod - >"$work/out" 2>"$work/err"
rc=$?
expect_rc "terminate of two ids without --yes is refused (7)" 7
api_status() {
    curl -s -H "x-functions-key: $secret" "$base/instances/$1" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["runtimeStatus"])'
}
if [ "$(api_status bulk-1)" = Running ] && [ "$(api_status bulk-2)" = Running ]; then
    pass "refused bulk terminate: nothing was sent"
else
    fail "refused bulk terminate: nothing was sent" "bulk-1 $(api_status bulk-1), bulk-2 $(api_status bulk-2)"
fi
dt terminate --read-only -c prod bulk-1
expect_rc "--read-only refuses terminate (7)" 7
printf 'bulk-1\nbulk-2\n' | "$bin" terminate -c prod - --yes --reason "e2e bulk" >"$work/out" 2>"$work/err"
rc=$?
expect_rc "terminate - --yes of two ids from stdin exits 0" 0
if [ "$(grep -c $'\taccepted$' "$work/out")" -eq 2 ]; then
    pass "terminate: one result line per target"
else
    fail "terminate: one result line per target" "$(cat "$work/out")"
fi
dt terminate -c prod no-such-instance
expect_rc "terminate of an unknown instance exits 5" 5
dt purge -c prod --from 2026-01-01T00:00:00Z --status terminated
expect_rc "purge by filter without --yes is refused (7)" 7
dt start -c prod ApprovalWorkflow --id pause-1
dt suspend -c prod pause-1 --reason "e2e pause"
expect_rc "suspend exits 0" 0
api_check "suspend: the host says Suspended" 10 "/instances/pause-1" '"runtimeStatus":"Suspended"'
dt resume -c prod pause-1
expect_rc "resume exits 0" 0
api_check "resume: the host says Running" 10 "/instances/pause-1" '"runtimeStatus":"Running"'
dt restart -c prod order-42
expect_rc "restart of a Completed instance exits 0" 0
dt purge -c prod order-42
expect_rc "purge of one id exits 0" 0
dt show -c prod order-42
expect_rc "show after the purge: not found (5)" 5
dt signal -c prod counter e2e add --input 5
expect_rc "signal exits 0" 0
audit="$work/state/durabletop/audit.jsonl"
if grep -q '"action":"terminate".*"bulk-1"' "$audit" && grep -q '"action":"signalEntity"' "$audit" &&
    grep -q '"action":"start"' "$audit" &&
    ! grep -q "$secret" "$audit"; then
    pass "the audit log has the shell's changes, never the key"
else
    fail "the audit log has the shell's changes, never the key" "$(tail -n 3 "$audit" | head -c 400)"
fi

# --- open: a saved instance, offline -----------------------------------------------------------------------------
dt show -c prod "$failed_id" --history -o json
cp "$work/out" "$work/saved.json"
tm kill-session -t "$session" >/dev/null 2>&1
tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '$bin' open '$work/saved.json'; sleep 600"
check "open: the saved instance's detail, read-only, no host" 10 "file saved.json +\\[RO\\].*"
check "open: the instance's fields" 5 "Instance +$failed_id"
keys 2
check "open: 2 shows the saved history" 5 "TaskFailed"
keys T
check "open: a change is refused (read-only)" 5 "read-only: terminate is disabled"
keys Y
check "open: Y exports the instance's JSON" 5 "exported to $failed_id.json"
if python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); assert d["historyEvents"]' \
    "$work/$failed_id.json" 2>/dev/null; then
    pass "open: the export is the status with its history, which open reads back"
else
    fail "open: the export is the status with its history, which open reads back" "no $failed_id.json"
fi
echo '{"not": "a status"}' >"$work/bad.json"
dt open "$work/bad.json"
expect_rc "open of a file that is no status is a usage error (64)" 64

# --- status --all: the fleet overview ----------------------------------------------------------------------------
# A quiet hub (200 instances: too few for the planned troubles, and nothing of its own needs attention), a troubled
# one (1000 instances get the planned troubles) and a dead address.
export DURABLETOP_SIM_KEY="$secret"
start_sim quiet --instances 200 --seed 7 || fail "the quiet sim starts" "$(head -c 300 "$work/quiet.err")"
quiet_url=$sim_url
start_sim troubled --instances 1000 --seed 7 || fail "the troubled sim starts" "$(head -c 300 "$work/troubled.err")"
troubled_url=$sim_url
unset DURABLETOP_SIM_KEY
# fleet_file FILE NAME=URL...: a connections file with one entry per NAME, each with the key file.
fleet_file() {
    local file=$1 entry
    shift
    for entry in "$@"; do
        connection "${entry%%=*}" "${entry#*=}" "key-file = \"$work/key\""
    done >"$file"
}
fleet_file "$work/fleet.toml" "quiet=$quiet_url" "troubled=$troubled_url" "dead=http://127.0.0.1:9"
dt status --all --connections-file "$work/fleet.toml"
expect_rc "status --all with a dead hub exits 6" 6
if [ "$(head -n 1 "$work/out")" = "$(printf 'NAME\tHOST\tHUB\tRO\tRUNNING\tPENDING\tSUSPENDED\tFAILED\tCOMPLETED\tTERMINATED\tFAILED/1H\tATTENTION\tSTATE')" ] &&
    [ "$(tail -n +2 "$work/out" | cut -f 1 | tr '\n' ' ')" = "dead troubled quiet " ] &&
    [ "$(sed -n 2p "$work/out" | cut -f 13)" = unreachable ] &&
    [ "$(sed -n 3p "$work/out" | cut -f 12)" -gt 0 ] && [ "$(sed -n 4p "$work/out" | cut -f 13)" = ok ]; then
    pass "status --all piped: a tab-separated row per hub, the dead one first, then the troubled one"
else
    fail "status --all piped: a tab-separated row per hub, the dead one first, then the troubled one" \
        "$(head -c 600 "$work/out")"
fi
if grep -q '^durabletop status: dead: unreachable: ' "$work/err"; then
    pass "status --all: the dead hub's detail on stderr"
else
    fail "status --all: the dead hub's detail on stderr" "$(head -c 300 "$work/err")"
fi
dt status --all --connections-file "$work/fleet.toml" -o json
json_rc=$rc
if python3 -m json.tool "$work/out" >/dev/null 2>&1 && python3 -c 'import json,sys
rows = json.load(open(sys.argv[1]))
keys = ["name", "connection", "host", "taskHub", "readOnly", "counts", "failuresLastHour", "attention", "state",
        "error"]
assert [list(row) for row in rows] == [keys] * 3
assert [row["name"] for row in rows] == ["dead", "troubled", "quiet"]
assert rows[0]["state"] == "unreachable" and rows[0]["error"] and rows[0]["counts"] is None
assert rows[1]["attention"] > 0 and rows[1]["counts"]["Completed"] > 0 and rows[1]["taskHub"] is None
assert rows[2]["attention"] == 0 and rows[2]["state"] == "ok" and rows[2]["error"] is None' "$work/out" &&
    [ "$json_rc" -eq 6 ]; then
    pass "status --all -o json: one array with every key, trouble first, exit 6"
else
    fail "status --all -o json: one array with every key, trouble first, exit 6" \
        "exit $json_rc; $(head -c 400 "$work/out")"
fi
dt status --all --connections-file "$work/fleet.toml" -o jsonl
if [ "$(wc -l <"$work/out")" -eq 3 ] &&
    python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$work/out" 2>/dev/null; then
    pass "status --all -o jsonl: one object a line"
else
    fail "status --all -o jsonl: one object a line" "$(head -c 300 "$work/out")"
fi
if ! grep -q "$secret" "$work/out" "$work/err"; then
    pass "status --all: the key is never printed"
else
    fail "status --all: the key is never printed" "found in the output"
fi
fleet_file "$work/fleet-alive.toml" "quiet=$quiet_url" "troubled=$troubled_url"
dt status --all --connections-file "$work/fleet-alive.toml"
expect_rc "status --all with attention items and no dead hub exits 8" 8
fleet_file "$work/fleet-quiet.toml" "quiet=$quiet_url"
dt status --all --connections-file "$work/fleet-quiet.toml" -o jsonl
expect_rc "status --all over the quiet hub alone exits 0" 0
if python3 -c 'import json,sys; row = json.loads(open(sys.argv[1]).readline())
assert row["attention"] == 0 and row["state"] == "ok" and row["counts"]["Completed"] > 0' "$work/out" 2>/dev/null; then
    pass "status --all: the quiet hub has no attention items"
else
    fail "status --all: the quiet hub has no attention items" "$(head -c 300 "$work/out")"
fi
dt status --all -c prod
expect_rc "status --all with -c is a usage error (64)" 64
# expect_usage NAME TEXT: one PASS/FAIL line for "the last dt was a usage error (64) whose stderr has TEXT".
expect_usage() {
    if [ "$rc" -eq 64 ] && grep -Fq -- "$2" "$work/err"; then
        pass "$1"
    else
        fail "$1" "exit $rc; stderr: $(head -c 300 "$work/err")"
    fi
}
dt status --all --connections-file "$work/no-such.toml"
expect_usage "status --all without a connections file: a usage error naming the path" "$work/no-such.toml:"
: >"$work/empty.toml"
dt status --all --connections-file "$work/empty.toml"
expect_usage "status --all over a file with no entries: a usage error naming the path" \
    "$work/empty.toml: no [connections.NAME] entries"
tm kill-session -t "$session" >/dev/null 2>&1
tm -f /dev/null new-session -d -s "$session" -x 160 -y 24 \
    "'$bin' status --all --connections-file '$work/fleet.toml'; sleep 600"
check "status --all on a terminal: aligned columns, the dead hub first" 10 'NAME +HOST +HUB +RO +RUNNING'
check "status --all on a terminal: the dead row aligned" 5 '^dead +127\.0\.0\.1:9 +- +- +'

# --- completions ------------------------------------------------------------------------------------------------
dt --generate-completion-script bash
if [ "$rc" -eq 0 ] && grep -q 'terminate' "$work/out"; then
    pass "bash completions name the subcommands"
else
    fail "bash completions name the subcommands" "exit $rc"
fi

summary
