#!/usr/bin/env bash
# End-to-end test of how gently durabletop treats a struggling host, against `durabletop sim` in a private tmux
# server at 80x24 with a 1 s refresh:
#
# - a host answering every request with 429 and `Retry-After: 10` gets at most 3 management requests in 20 s
#   (counted by the sim's `GET /_sim/stats`), and the header says `throttled by host, retry in Ns`;
# - a host answering after 8 s is named: `waiting for host Ns`, then `STALE: waiting for host Ns`;
# - once the faults are cleared the data is fresh again, without restarting.
#
# Prints `PASS`/`FAIL` lines and a final `N passed, M failed` line; exits non-zero on any failure. Needs bash,
# tmux, curl and a build (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="backoff"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# requests: the management requests the sim received so far.
requests() {
    send GET "$root/_sim/stats" | grep -o '"requests": *[0-9]*' | grep -o '[0-9]*$'
}

# check_fresh NAME SECONDS: the header's first row says `updated Ns ago` with no STALE, no wait and no countdown.
check_fresh() {
    local deadline=$((SECONDS + $2)) header=""
    while [ "$SECONDS" -le "$deadline" ]; do
        header=$(screen_text | head -1)
        if printf '%s' "$header" | grep -Eq "every 1s  updated [0-9]+s ago" &&
            ! printf '%s' "$header" | grep -Eq "STALE|waiting for host|retry in"; then
            pass "$1"
            return 0
        fi
        sleep "$poll_interval"
    done
    fail "$1" "header never fresh; last: $header"
}

require tmux curl
require_sim sim --seed 5 --instances 50
root="${base%/runtime/webhooks/durabletask}"
pass "sim starts"

tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME='$work/state' '$bin' --url '$sim_url' --refresh 1 --read-only; sleep 600"
check_fresh "dashboard starts fresh" 40

# --- 429 with Retry-After: 10 ------------------------------------------------------------------------------------
send POST "$root/_sim/faults" '{"faults": [{"kind": "tooManyRequests", "retryAfter": 10}]}' >/dev/null
before=$(requests)
started=$SECONDS
check "the header says the host throttles, with a countdown" 5 "throttled by host, retry in [0-9]+s"
sleep $((started + 20 - SECONDS))
after=$(requests)
count=$((after - before))
if [ "$count" -le 3 ]; then
    pass "a host answering 429 with Retry-After: 10 got $count requests in 20 s (at most 3)"
else
    fail "a host answering 429 with Retry-After: 10 gets at most 3 requests in 20 s" "$count requests"
fi
check "the footer keeps the full error line" 1 "refresh failed.*429"
send DELETE "$root/_sim/faults" >/dev/null
check_fresh "fresh again once the host stops throttling" 20

# --- A host answering after 8 s ----------------------------------------------------------------------------------
send POST "$root/_sim/faults" '{"faults": [{"kind": "latency", "latencyMs": 8000}]}' >/dev/null
check "a slow host is named" 10 "every 1s  updated [0-9]+s ago  waiting for host [0-9]+s"
check "a host slower than 3x the refresh makes the data stale" 10 "STALE: waiting for host [0-9]+s"
send DELETE "$root/_sim/faults" >/dev/null
check_fresh "fresh again once the host is quick" 20

summary
