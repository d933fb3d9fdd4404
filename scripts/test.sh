#!/usr/bin/env bash
# The whole test suite: lint, a warning-free build, unit and integration tests, the official Python client's
# conformance run against `durabletop sim`, and the end-to-end tests of the real binary in tmux.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "swift format lint --strict"
swift format lint --strict --recursive --parallel Package.swift Sources Tests

step "swift build (no warnings allowed in the project's own code)"
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
if grep -E "^$PWD/(Sources|Tests)/.*: warning:" "$log"; then
    echo "error: the build printed warnings in the project's own code" >&2
    exit 1
fi

step "swift test"
swift test --skip-build

failed=()
for suite in scripts/conformance/run.sh scripts/e2e/run.sh scripts/e2e/actions.sh; do
    step "$suite"
    "$suite" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "error: failed suites: ${failed[*]}" >&2
    exit 1
fi
