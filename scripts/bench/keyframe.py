#!/usr/bin/env python3
r"""Key-to-frame latency of durabletop on a pseudo-terminal.

Runs a command on a pty at a fixed size, waits until its screen shows READY (a substring of the bytes it
writes), then presses keys one at a time (alternating the given keys, with a random pause between presses so no
press lands on the dashboard's once-a-second redraw by design) and measures, for each, the time from writing the
key to the first byte of the frame that answers it. Prints one line: count, median, p95 and max in milliseconds.

    keyframe.py [--rows 24] [--columns 80] [--count 60] [--keys jk] [--ready TEXT] [--prelude KEYS]
                [--before KEYS] [--after KEYS] [--settle SECONDS] [--timeout 120] -- CMD ARGS...

Choose keys that always change the frame (a key that changes nothing draws nothing, and the next bytes would be
the once-a-second redraw): `jk` in a long list, `?` (help opens, then closes) anywhere. Key strings take
backslash escapes. `--prelude` is typed once after READY shows (`:hub orders` and Enter is ":hub orders\r");
`--before` is typed, unmeasured, before each measured key and `--after` after its frame (applying a filter:
`--before "/order-1" --keys "\r" --after "\x1b"`); each waits for its frames to end before the next step.
"""
import argparse
import os
import random
import select
import signal
import statistics
import sys
import time

import ptycommand


def read_available(fd, wait):
    """Everything the pty has for us until `wait` seconds pass with nothing new."""
    data = b""
    while True:
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return data
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def unescape(text):
    r"""The bytes of a key string with backslash escapes (`\r`, `\x1b`)."""
    return text.encode().decode("unicode_escape").encode("latin-1")


def main():
    parser = argparse.ArgumentParser()
    ptycommand.add_arguments(parser)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--keys", default="jk")
    parser.add_argument("--ready", default="ago")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait after READY (and the prelude)")
    parser.add_argument("--prelude", default="", help="keys typed once after READY shows")
    parser.add_argument("--before", default="", help="keys typed, unmeasured, before each measured key")
    parser.add_argument("--after", default="", help="keys typed, unmeasured, after each measured key's frame")
    parser.add_argument("--timeout", type=float, default=120)
    options = parser.parse_args()

    pid, fd = ptycommand.spawn(parser, options)

    seen = b""
    deadline = time.monotonic() + options.timeout
    ready = options.ready.encode()
    while ready not in seen:
        if time.monotonic() > deadline:
            print(f"keyframe: the screen never showed {options.ready!r}", file=sys.stderr)
            os.kill(pid, signal.SIGTERM)
            sys.exit(1)
        seen += read_available(fd, 0.2)
        seen = seen[-200000:]
    if options.prelude:
        os.write(fd, unescape(options.prelude))
    end = time.monotonic() + options.settle
    while time.monotonic() < end:
        read_available(fd, 0.1)

    samples = []
    keys = unescape(options.keys)
    for index in range(options.count):
        if options.before:
            os.write(fd, unescape(options.before))
            read_available(fd, 0.3)
        time.sleep(random.uniform(0.12, 0.3))
        read_available(fd, 0)
        key = keys[index % len(keys) : index % len(keys) + 1]
        start = time.monotonic()
        os.write(fd, key)
        answered, _, _ = select.select([fd], [], [], 5)
        if answered:
            samples.append((time.monotonic() - start) * 1000)
            read_available(fd, 0.02)
        if options.after:
            os.write(fd, unescape(options.after))
            read_available(fd, 0.3)
    os.write(fd, b"\x03")
    read_available(fd, 0.5)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    if not samples:
        print("keyframe: no frame answered a key", file=sys.stderr)
        sys.exit(1)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(
        f"{len(samples)} keys: median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, "
        f"max {samples[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
