#!/usr/bin/env python3
r"""Sums up rounds of a measurement taken side by side with its floor, each round one of each in either order.

Reads `floor time: N ms` and `loaded: N ms` lines from standard input in the order the rounds printed them (the
n-th of each make round n), and prints the best and the median of each with their ratio, and each round's own ratio.
On a shared machine one round can be slowed by a neighbour; the best and the median of rounds taken in turn say what
the client costs, and the rounds show the spread.

    side-by-side.py < rounds.txt
"""
import re
import statistics
import sys

FLOOR = re.compile(r"floor time: (\d+) ms")
LOADED = re.compile(r"loaded: (\d+) ms")


def main():
    floors, loads = [], []
    for line in sys.stdin:
        if match := FLOOR.search(line):
            floors.append(int(match[1]))
        elif match := LOADED.search(line):
            loads.append(int(match[1]))
    if not floors or len(floors) != len(loads):
        sys.exit(f"side-by-side.py: {len(floors)} floor times and {len(loads)} loads; want as many of each")
    best = min(loads), min(floors)
    median = statistics.median(loads), statistics.median(floors)
    print(f"best of {len(loads)}: {best[0]:.0f} ms, floor {best[1]:.0f} ms ({best[0] / best[1]:.2f}x)")
    print(f"median of {len(loads)}: {median[0]:.0f} ms, floor {median[1]:.0f} ms ({median[0] / median[1]:.2f}x)")
    print("each round: " + " ".join(f"{load / floor:.2f}x" for floor, load in zip(floors, loads)))


main()
