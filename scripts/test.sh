#!/usr/bin/env bash
# The whole test suite: lint, a warning-free build, unit and integration tests in debug and in release (the
# optimiser once turned a correct program into a crash that only release builds showed), the official Python
# client's conformance run against `durabletop sim`, and the end-to-end tests of the real binary in tmux: the
# dashboard, the operator actions (debug and release binaries), a seeded random-key soak of the release binary,
# how it fails (an injected crash, SIGTERM during a run), how it backs off a throttled or slow host, and the shell
# twin: every subcommand and exit code, the README's examples, and `list -o jsonl` over a 100,000-instance hub
# with its peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "swift format lint --strict"
swift format lint --strict --recursive --parallel Package.swift Sources Tests Benchmarks Fuzz

step "swift build (no warnings allowed in the project's own code)"
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
if grep -E "^$PWD/(Sources|Tests|Benchmarks)/.*: warning:" "$log"; then
    echo "error: the build printed warnings in the project's own code" >&2
    exit 1
fi

step "swift test"
swift test --skip-build

step "swift test -c release"
swift test -c release --scratch-path .build-release
release_bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/durabletop"

failed=()
run_suite() {
    step "$*"
    env "$@" || failed+=("$*")
}
run_suite scripts/conformance/run.sh
run_suite scripts/e2e/run.sh
run_suite scripts/e2e/triage.sh
run_suite scripts/e2e/fleet.sh
run_suite scripts/e2e/actions.sh
run_suite DURABLETOP_BIN="$release_bin" scripts/e2e/actions.sh
run_suite DURABLETOP_BIN="$release_bin" scripts/e2e/soak.sh
run_suite scripts/e2e/resilience.sh
run_suite scripts/e2e/backoff.sh
run_suite scripts/e2e/restart.sh
run_suite scripts/e2e/cli.sh
run_suite DURABLETOP_BIN="$release_bin" scripts/e2e/list-scale.sh
if [ ${#failed[@]} -gt 0 ]; then
    echo "error: failed suites: ${failed[*]}" >&2
    exit 1
fi
