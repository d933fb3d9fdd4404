#!/usr/bin/env bash
# Fuzzes the parsers that read hostile input with libFuzzer: scripts/fuzz.sh [TARGET|all] [SECONDS] (default all,
# 60 s each). Targets: json history dates endpoint theme-toml connections-toml keys.
#
# Builds the separate package Fuzz/ with -sanitize=fuzzer,address in .build-fuzz/, then runs each target for SECONDS
# over its committed seed corpus Fuzz/Corpus/<target>/. New inputs go to .build-fuzz/runs/<target>/corpus, never to
# the committed corpus; a crashing input is kept in .build-fuzz/runs/<target>/ and named. The TOML targets run in
# rounds of at most two minutes (see toml_round); their executions count each round's replay of the corpus, as
# libFuzzer does for a single run. Prints one line per target and last `fuzz: N targets, M executions, K crashes`;
# exits non-zero on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(json history dates endpoint theme-toml connections-toml keys)
which="${1:-all}"
seconds="${2:-60}"
if [ "$which" = all ]; then
    targets=("${all_targets[@]}")
elif [[ " ${all_targets[*]} " == *" $which "* ]]; then
    targets=("$which")
else
    echo "usage: scripts/fuzz.sh [all|${all_targets[*]// /|}] [SECONDS]" >&2
    exit 2
fi
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "error: SECONDS must be a positive whole number, not '$seconds'" >&2
    exit 2
fi

scratch="$PWD/.build-fuzz"
build=(swift build --package-path Fuzz --scratch-path "$scratch"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
# SwiftPM plans again only when a manifest of this package changes, so without this a file added to the root package
# since the last fuzz build would be missing from it.
touch Fuzz/Package.swift
log="$scratch/build.log"
mkdir -p "$scratch"
for target in "${targets[@]}"; do
    if ! "${build[@]}" --product "fuzz-$target" >"$log" 2>&1; then
        cat "$log" >&2
        echo "error: building fuzz-$target failed" >&2
        exit 1
    fi
done
bin="$("${build[@]}" --show-bin-path)"

# A Swift trap is libFuzzer's to report: the Swift runtime's backtracer would read memory ASan forbids.
export SWIFT_BACKTRACE=enable=no
# TOMLKit's own leaks only (see the file); a leak anywhere else is a crash.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# TOMLKit's leaks grow a TOML target's memory by a few hundred bytes an input, which would carry it past libFuzzer's
# 2 GB limit within some minutes and be reported as out-of-memory; so those targets run in rounds of at most this
# many seconds, each a new process that goes on from the corpus the rounds before grew.
toml_round=120

total_runs=0
crashes=0
for target in "${targets[@]}"; do
    run="$scratch/runs/$target"
    rm -rf "$run/artifacts"
    mkdir -p "$run/corpus" "$run/artifacts"
    # TOMLKit leaks on every input, so per-input leak checks would stop the TOML targets at once and a full leak
    # scan after every input would slow them to a crawl; their leaks are left to the check at exit.
    leaks=1
    round=$seconds
    if [[ "$target" == *-toml ]]; then
        leaks=0
        round=$((seconds < toml_round ? seconds : toml_round))
    fi
    runs=0
    status=0
    found=""
    left=$seconds
    while [ "$left" -gt 0 ] && [ "$status" -eq 0 ] && [ -z "$found" ]; do
        this=$((left < round ? left : round))
        # Each round writes the log anew: the one kept is the last round's, which is the crashing one.
        "$bin/fuzz-$target" -max_total_time="$this" -timeout=10 -detect_leaks="$leaks" -print_final_stats=1 \
            -artifact_prefix="$run/artifacts/" "$run/corpus" "Fuzz/Corpus/$target" >"$run/log" 2>&1 || status=$?
        round_runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$run/log" | tail -n 1)
        runs=$((runs + ${round_runs:-0}))
        found=$(find "$run/artifacts" -type f | sort)
        left=$((left - this))
    done
    total_runs=$((total_runs + runs))
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        crashes=$((crashes + 1))
        echo "fuzz: $target: CRASH after $runs executions (exit $status); input kept: ${found:-none written}; log: $run/log"
        grep -m 5 -E 'ERROR|Fatal error|panic|SUMMARY' "$run/log" | sed 's/^/    /' || true
    else
        echo "fuzz: $target: $runs executions in ${seconds}s, 0 crashes"
    fi
done
echo "fuzz: ${#targets[@]} targets, $total_runs executions, $crashes crashes"
[ "$crashes" -eq 0 ]
