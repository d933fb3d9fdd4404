#!/bin/sh
# Builds the triage benchmark in release mode (its own scratch path, so the debug build stays) and runs it:
# the time to compute failure clusters, the attention queue and orchestrator stats for 100,000 held instances.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-bench --product triage-bench
.build-bench/release/triage-bench
