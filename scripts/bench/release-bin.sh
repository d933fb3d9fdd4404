# shellcheck shell=bash
# Sourced by the benchmark scripts after they cd to the repository root: sets `bin`, the absolute path of the
# binary to measure (DURABLETOP_BIN, else a release build in .build-bench), and `work`, a scratch directory.
if [ -z "${DURABLETOP_BIN:-}" ]; then
    swift build -c release --scratch-path .build-bench --product durabletop >/dev/null || exit 1
    DURABLETOP_BIN=.build-bench/release/durabletop
fi
bin=$(cd "$(dirname "$DURABLETOP_BIN")" && pwd)/$(basename "$DURABLETOP_BIN")
work=$(mktemp -d)
