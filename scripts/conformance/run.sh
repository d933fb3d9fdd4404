#!/usr/bin/env bash
# Conformance run: the official Durable Functions Python client (azure-functions-durable 1.7.0) against
# `durabletop sim`.
#
# 1. Installs the client with `pip install --target` into .build-conformance/ (ignored by git), once per Python
#    version; later runs reuse it.
# 2. Builds (or finds, when already built) the durabletop binary.
# 3. Starts `durabletop sim` on a free 127.0.0.1 port, reads the base URL it prints, and runs conformance.py
#    against it. The simulated host is always stopped on exit.
#
# The last line is `N passed, M failed`; the exit status is non-zero when any case failed.
# Environment: CONFORMANCE_SCRATCH_PATH (passed to `swift build --scratch-path`), CONFORMANCE_TIMEOUT (seconds
# allowed for each awaited instance state, default 30).
set -euo pipefail
cd "$(dirname "$0")/../.."

readonly sdk_pin="azure-functions-durable==1.7.0"
readonly cache_dir=".build-conformance"
readonly script_dir="scripts/conformance"

say() { printf 'conformance: %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

# python3 with pip: Debian 12 ships python3 but not always pip.
if ! python3 -m pip --version >/dev/null 2>&1; then
    say "installing python3-pip"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-pip >/dev/null
fi

# The official client, in a throwaway folder keyed by the Python version (its wheels are version-specific).
python_version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
site="$cache_dir/python$python_version-${sdk_pin//[^A-Za-z0-9.]/-}"
if [ ! -f "$site/.complete" ]; then
    say "installing $sdk_pin into $site"
    began=$SECONDS
    rm -rf "$site" "$site.partial"
    mkdir -p "$cache_dir"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-warn-conflicts \
        --no-input --target "$site.partial" "$sdk_pin"
    touch "$site.partial/.complete"
    mv "$site.partial" "$site"
    say "installed in $((SECONDS - began))s"
fi

# The durabletop binary (already built by the test command; this is then a no-op).
scratch=()
if [ -n "${CONFORMANCE_SCRATCH_PATH:-}" ]; then
    scratch=(--scratch-path "$CONFORMANCE_SCRATCH_PATH")
fi
work=$(mktemp -d)
sim_pid=""

stop_sim() {
    if [ -n "$sim_pid" ] && kill -0 "$sim_pid" 2>/dev/null; then
        kill -TERM "$sim_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$sim_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$sim_pid" 2>/dev/null; then
            say "the simulated host ignored SIGTERM for 5s; killing it"
            kill -KILL "$sim_pid" 2>/dev/null || true
        fi
        wait "$sim_pid" 2>/dev/null || true
    fi
    sim_pid=""
}
cleanup() {
    stop_sim
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

began=$SECONDS
if ! swift build "${scratch[@]}" --product durabletop >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    die "swift build --product durabletop failed"
fi
say "durabletop built in $((SECONDS - began))s"
binary="$(swift build "${scratch[@]}" --show-bin-path)/durabletop"
[ -x "$binary" ] || die "no durabletop binary at $binary"

# The simulated host, without a key: the official client never sends one.
began=$SECONDS
env -u DURABLETOP_SIM_KEY "$binary" sim --port 0 --seed 7 --time-scale 20 --instances 500 >"$work/sim.log" 2>&1 &
sim_pid=$!
base=""
for _ in $(seq 300); do
    base=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/sim.log" | head -n 1 || true)
    [ -n "$base" ] && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        cat "$work/sim.log" >&2
        die "durabletop sim exited before printing its base URL"
    fi
    sleep 0.1
done
if [ -z "$base" ]; then
    cat "$work/sim.log" >&2
    die "durabletop sim printed no base URL within 30s"
fi
say "simulated host at $base (ready in $((SECONDS - began))s)"

status=0
PYTHONPATH="$site" PYTHONDONTWRITEBYTECODE=1 python3 -s "$script_dir/conformance.py" "$base" \
    --timeout "${CONFORMANCE_TIMEOUT:-30}" | tee "$work/result.log" || status=$?
if ! tail -n 1 "$work/result.log" | grep -qE '^[0-9]+ passed, [0-9]+ failed$'; then
    die "conformance.py stopped without its closing tally (exit status $status)"
fi
if [ "$status" -ne 0 ]; then
    say "the simulated host's log ends with:"
    tail -n 40 "$work/sim.log" >&2
    tail -n 1 "$work/result.log"
    exit "$status"
fi
