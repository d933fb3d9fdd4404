# shellcheck shell=bash
# What the end-to-end scripts share; sourced by run.sh, actions.sh and measure.sh after they cd to the repository
# root and set `session` (the tmux session their checks read). Gives: the binary (DURABLETOP_BIN, else
# `swift build --show-bin-path`), a scratch directory `work`, a private tmux server named after the script, cleanup
# of it and of every simulated host on exit, PASS/FAIL counting, screen polling, an HTTP `send` and `start_sim`.

: "${session:?set session before sourcing lib.sh}"
bin="${DURABLETOP_BIN:-$(swift build --show-bin-path)/durabletop}"
work=$(mktemp -d)
socket="durabletop-$(basename "$0" .sh)-$$"
# Seconds between two looks at the screen while waiting for it.
poll_interval=0.2
# Process ids of the simulated hosts started with start_sim, stopped on exit.
sim_pids=()
passed=0
failed=0

cleanup() {
    tmux -L "$socket" kill-server >/dev/null 2>&1
    for pid in "${sim_pids[@]}"; do
        kill "$pid" >/dev/null 2>&1
        wait "$pid" >/dev/null 2>&1
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pass() {
    echo "PASS $1"
    passed=$((passed + 1))
}

fail() {
    echo "FAIL $1: $2"
    failed=$((failed + 1))
}

# The final count line; the status is non-zero when any check failed.
summary() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# require TOOL...: stops with one FAIL line unless every tool is installed and the binary is built.
require() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "FAIL setup: $tool is not installed"
            echo "0 passed, 1 failed"
            exit 1
        fi
    done
    if [ ! -x "$bin" ]; then
        echo "FAIL setup: no durabletop binary at $bin (build first)"
        echo "0 passed, 1 failed"
        exit 1
    fi
}

tm() {
    tmux -L "$socket" "$@"
}

# keep_tmux_server: starts a session that lives as long as the script, so that the private tmux server never exits
# between test sessions (killing the only session just before the next starts would stop the server while the next
# connects: "server exited unexpectedly").
keep_tmux_server() {
    tm -f /dev/null new-session -d -s keeper -x 80 -y 24 "sleep 86400"
}

screen_text() {
    tm capture-pane -p -t "$session" 2>/dev/null
}

keys() {
    tm send-keys -t "$session" "$@"
}

typed() {
    tm send-keys -t "$session" -l "$1"
}

# wait_for SECONDS EXTENDED-REGEX: polls the pane until the regex matches, or the deadline passes.
wait_for() {
    local deadline=$((SECONDS + $1))
    while [ "$SECONDS" -le "$deadline" ]; do
        if screen_text | grep -Eq -- "$2"; then
            return 0
        fi
        sleep "$poll_interval"
    done
    return 1
}

# check NAME SECONDS REGEX: one PASS/FAIL line for "the screen shows REGEX within SECONDS".
check() {
    if wait_for "$2" "$3"; then
        pass "$1"
    else
        fail "$1" "screen never matched /$3/; last screen:"
        screen_text | sed 's/^/    | /'
    fi
}

# require_sim NAME ARGS...: start_sim, or else one FAIL line, the summary and exit; also sets `base`, the
# management API's webhook base (…/runtime/webhooks/durabletask).
require_sim() {
    if ! start_sim "$@"; then
        fail "sim starts" "no URL printed; stderr: $(head -c 500 "$work/$1.err")"
        summary
        exit 1
    fi
    base="${sim_url%/}"
    case "$base" in
    */runtime/webhooks/durabletask) ;;
    *) base="$base/runtime/webhooks/durabletask" ;;
    esac
}

# start_sim NAME ARGS...: `durabletop sim --port 0 ARGS...` in the background, output in $work/NAME.out and
# $work/NAME.err; sets `sim_url` to the URL it prints first. Fails when none comes within 60 seconds.
start_sim() {
    local name=$1
    shift
    : >"$work/$name.out"
    "$bin" sim --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
    local pid=$!
    sim_pids+=("$pid")
    local deadline=$((SECONDS + 60))
    sim_url=""
    while [ -z "$sim_url" ] && [ "$SECONDS" -le "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
        sim_url=$(head -n 1 "$work/$name.out" | tr -d '\r')
        [ -n "$sim_url" ] || sleep 0.2
    done
    [ -n "$sim_url" ]
}

# api_check NAME SECONDS PATH REGEX: polls GET PATH on the sim's management API (`base`, with the key `secret`)
# until its body matches REGEX; one PASS/FAIL line.
api_check() {
    local deadline=$((SECONDS + $2)) body=""
    while [ "$SECONDS" -le "$deadline" ]; do
        body=$(curl -s -H "x-functions-key: $secret" "$base$3")
        if printf '%s' "$body" | grep -Eq -- "$4"; then
            pass "$1"
            return 0
        fi
        sleep 0.3
    done
    fail "$1" "GET $3 never matched /$4/; last body: $(printf '%s' "$body" | head -c 400)"
    return 1
}

# send METHOD URL [BODY]: one HTTP call with curl, with BODY as JSON when given; prints the answer's body.
send() {
    if [ $# -gt 2 ]; then
        curl -s -X "$1" -H "Content-Type: application/json" --data "$3" "$2"
    else
        curl -s -X "$1" "$2"
    fi
}

# press_escape: Esc alone (a pause after it, so the next key is not read as Alt+key).
press_escape() {
    keys Escape
    sleep 0.5
}

# connection NAME URL [SETTING...]: prints a connections-file entry: its table, its url, then each SETTING line
# as given (`key-file = "…"`, `read-only = true`), and a blank line.
connection() {
    printf '[connections.%s]\nurl = "%s"\n' "$1" "$2"
    shift 2
    local setting
    for setting in "$@"; do
        printf '%s\n' "$setting"
    done
    echo
}
