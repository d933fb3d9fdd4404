# shellcheck shell=bash
# Sourced by the benchmark scripts after they cd to the repository root: sets `bin`, the absolute path of the
# binary to measure (DURABLETOP_BIN, else a release build in .build-bench), and `work`, a scratch directory; gives
# `bench_sim` to start a simulated host, and `bench_cleanup` (the EXIT trap unless a script sets its own) to stop
# every one started and remove the scratch directory.
if [ -z "${DURABLETOP_BIN:-}" ]; then
    build_log=$(swift build -c release --static-swift-stdlib --scratch-path .build-bench --product durabletop 2>&1) || {
        echo "$build_log"
        exit 1
    }
    DURABLETOP_BIN=.build-bench/release/durabletop
fi
bin=$(cd "$(dirname "$DURABLETOP_BIN")" && pwd)/$(basename "$DURABLETOP_BIN")
work=$(mktemp -d)

# The simulated host is not the client's neighbour in production: it runs elsewhere and takes no CPU from it. So on a
# machine of two CPUs or more the host runs on the first CPU and everything else the benchmark starts (durabletop,
# the plain download or curl it is measured against) on the others, unless BENCH_SHARED_CPUS=1 lets them share.
host_cpu=()
cpus=$(nproc)
if [ "${BENCH_SHARED_CPUS:-0}" != 1 ] && [ "$cpus" -ge 2 ] && command -v taskset >/dev/null; then
    taskset -pc "1-$((cpus - 1))" $$ >/dev/null
    host_cpu=(taskset -c 0)
    echo "host on CPU 0, durabletop and its floor on CPUs 1-$((cpus - 1)) (BENCH_SHARED_CPUS=1 to share)"
fi

# Process ids of the simulated hosts bench_sim started.
sim_pids=()

# bench_sim ARGS...: `durabletop sim --port 0 ARGS...` in the background; sets `base` to the URL it prints, or
# stops the script when none comes within two minutes.
bench_sim() {
    local log="$work/sim-${#sim_pids[@]}"
    "${host_cpu[@]}" "$bin" sim --port 0 "$@" >"$log.out" 2>"$log.err" &
    sim_pids+=($!)
    base=""
    for _ in $(seq 1 600); do
        base=$(head -n 1 "$log.out" 2>/dev/null)
        [ -n "$base" ] && return 0
        sleep 0.2
    done
    echo "the sim did not start: $(cat "$log.err")"
    exit 1
}

# bench_cleanup: stops every simulated host bench_sim started and removes the scratch directory.
bench_cleanup() {
    local pid
    for pid in "${sim_pids[@]}"; do
        kill "$pid" >/dev/null 2>&1
    done
    rm -rf "$work"
}
trap bench_cleanup EXIT
