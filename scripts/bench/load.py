#!/usr/bin/env python3
r"""Start-up and steady-state cost of durabletop on a pseudo-terminal.

Runs a command on a pty at a fixed size and times, from the moment it starts: the first frame (the first bytes
it writes), the first frame with rows (an instance id of 32 hex digits on screen) and, with --loaded, the end of
the first full listing (the footer's "instances held"), with the process's CPU time by then. With --steady SECONDS
it then waits --warmup seconds and reads the process's CPU time (/proc/PID/stat, utime + stime) over SECONDS, next
to the host's counts of requests and of instance listings filtered by status (a steady tick begins one) from
--stats (the simulated host's /_sim/stats) over the same span, and the footer's last "last tick:" line. Prints
`name: value` lines.

    load.py [--rows 24] [--columns 80] [--loaded] [--steady SECONDS] [--warmup SECONDS] [--stats URL]
            [--timeout 600] -- CMD ARGS...
"""
import argparse
import json
import os
import re
import select
import signal
import sys
import time
import urllib.request

import ptycommand

ROW = re.compile(rb"[0-9a-f]{32}")
LAST_TICK = re.compile(rb"last tick: [0-9,]+ requests, [0-9,]+ bytes in")


def cpu_seconds(pid):
    """The process's user plus system CPU time so far, in seconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def host_counts(url):
    """The simulated host's requests and instance listings filtered by status so far."""
    with urllib.request.urlopen(url, timeout=10) as answer:
        stats = json.load(answer)
    return stats["requests"], stats["statusListings"]


def main():
    parser = argparse.ArgumentParser()
    ptycommand.add_arguments(parser)
    parser.add_argument("--loaded", action="store_true", help="wait for the first full listing to finish")
    parser.add_argument("--steady", type=float, default=0, help="seconds of steady state to measure")
    parser.add_argument("--warmup", type=float, default=10)
    parser.add_argument("--stats", default="", help="the simulated host's /_sim/stats URL")
    parser.add_argument("--timeout", type=float, default=600)
    options = parser.parse_args()

    started = time.monotonic()
    pid, fd = ptycommand.spawn(parser, options)

    marks = {}
    tail = b""
    last_tick = b""

    def pump(wait):
        """Reads what the pty has within `wait` seconds, noting when each mark first shows."""
        nonlocal tail, last_tick
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        now = time.monotonic() - started
        marks.setdefault("first frame", now)
        tail = (tail + chunk)[-4096:]
        if ROW.search(tail):
            marks.setdefault("first rows", now)
        if b"instances held" in tail:
            marks.setdefault("loaded", now)
        found = LAST_TICK.findall(tail)
        if found:
            last_tick = found[-1]

    want = "loaded" if options.loaded else "first rows"
    deadline = started + options.timeout
    while want not in marks and time.monotonic() < deadline:
        pump(0.05)
    for name in ("first frame", "first rows", "loaded"):
        if name in marks:
            print(f"{name}: {marks[name] * 1000:.0f} ms")
    if options.loaded and "loaded" in marks:
        print(f"CPU by then: {cpu_seconds(pid) * 1000:.0f} ms")
    if want not in marks:
        print(f"load: no {want} within {options.timeout:.0f} s", file=sys.stderr)

    if options.steady > 0 and want in marks:
        end = time.monotonic() + options.warmup
        while time.monotonic() < end:
            pump(0.2)
        cpu_before = cpu_seconds(pid)
        counts_before = host_counts(options.stats) if options.stats else None
        begun = time.monotonic()
        end = begun + options.steady
        while time.monotonic() < end:
            pump(0.2)
        cpu = cpu_seconds(pid) - cpu_before
        span = time.monotonic() - begun
        print(f"steady span: {span:.0f} s")
        print(f"steady CPU: {cpu * 1000:.0f} ms ({100 * cpu / span:.1f}% of a core)")
        if counts_before:
            requests, listings = host_counts(options.stats)
            requests -= counts_before[0]
            listings -= counts_before[1]
            # An incremental tick begins one listing filtered by status, of the active instances; the listing of
            # those created since is left out of some ticks.
            ticks = max(1, listings)
            print(f"steady ticks (host listings by status): {ticks}")
            print(f"steady CPU per tick: {cpu * 1000 / ticks:.1f} ms")
            print(f"steady requests per tick: {requests / ticks:.1f}")
        if last_tick:
            print(f"footer: {last_tick.decode()}")

    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    sys.exit(0 if want in marks else 1)


if __name__ == "__main__":
    main()
