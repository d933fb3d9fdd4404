#!/usr/bin/env bash
# `durabletop list -o jsonl` over a 100,000-instance simulated hub: every instance arrives, one JSON object a
# line, and the peak memory stays under a ceiling far below the hub's size (the pages stream; nothing is
# held). The time is printed next to the floor, a plain curl paging of the same pages with their bodies saved,
# measured in the same run; it is a figure for the notes, not a check.
#
# Prints `PASS name` / `FAIL name: why` per check, the figures, and a final `N passed, M failed` line; exits
# non-zero on any failure. INSTANCES sets the hub's size (default 100000). Needs bash, curl, GNU time.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="list-scale"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh
require curl /usr/bin/time

instances=${INSTANCES:-100000}
# A page streams and is dropped, so the peak stays near the binary's own footprint whatever the hub's size.
peak_limit_kb=150000

require_sim big --instances "$instances" --seed 3

# curl_pages: GETs every page of the instance list, following x-ms-continuation-token, bodies to $work/pages.
curl_pages() {
    local token="" page=0 headers
    : >"$work/pages"
    while :; do
        page=$((page + 1))
        if [ -n "$token" ]; then
            headers=$(curl -s -D - -o "$work/page" -H "x-ms-continuation-token: $token" "$base/instances")
        else
            headers=$(curl -s -D - -o "$work/page" "$base/instances")
        fi
        cat "$work/page" >>"$work/pages"
        token=$(printf '%s' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-ms-continuation-token" {print $2}')
        [ -n "$token" ] || break
    done
    echo "$page"
}

start=$(date +%s%N)
pages=$(curl_pages)
curl_ms=$((($(date +%s%N) - start) / 1000000))

/usr/bin/time -f '%e %M' -o "$work/time" "$bin" list --url "$base" -o jsonl >"$work/list.jsonl" 2>"$work/err"
rc=$?
read -r list_seconds peak_kb <"$work/time"
lines=$(wc -l <"$work/list.jsonl")
entities=$(grep -o '"instanceId":"@' "$work/pages" | wc -l)
paged=$(grep -o '"instanceId":' "$work/pages" | wc -l)
# The hub only grows while it runs, so the list sees at least what curl saw, less the entity instances it omits.
if [ "$rc" -eq 0 ] && [ "$lines" -ge $((paged - entities)) ] && [ "$paged" -ge $((instances * 99 / 100)) ]; then
    pass "list -o jsonl lists the whole hub ($lines instances over $pages pages)"
else
    fail "list -o jsonl lists the whole hub" "exit $rc, $lines lines; stderr: $(head -c 300 "$work/err")"
fi
if [ "$peak_kb" -le "$peak_limit_kb" ]; then
    pass "list -o jsonl peak memory stays under ${peak_limit_kb} KB: ${peak_kb} KB for $lines instances"
else
    fail "list -o jsonl peak memory stays under ${peak_limit_kb} KB" "${peak_kb} KB (limit ${peak_limit_kb} KB)"
fi
echo "figures: list -o jsonl ${list_seconds}s, peak RSS ${peak_kb} KB; curl paging floor $((curl_ms / 1000)).$(printf '%03d' $((curl_ms % 1000)))s;" \
    "$pages pages, $lines instances listed ($paged paged by curl, of them $entities entity instances)"
summary
