#!/usr/bin/env python3
r"""The floor of a steady tick's client CPU: a plain `curl` of the same pages.

Walks the two listings a steady tick asks for: the window's non-terminal instances (created in the last HOURS, with
the active statuses) and the instances created in the last SINCE seconds, following `x-ms-continuation-token` page
by page, and notes each page's request. Then one `curl` process fetches those pages as TICKS ticks would in turn over
one kept-alive connection (`--next` between pages, gzip accepted, bodies thrown away), and the CPU it took, less the
CPU of a `curl` that fetches one page (its start-up), is divided by TICKS. Prints `name: value` lines: the requests,
the bytes and the CPU of one tick, on average.

The ticks fetch the created-since listing as the dashboard does (`TickPlanner` in HubKit): when it came with E empty
pages (a host that scans its table to answer), the next min(E - 1, 4) ticks leave it out.

    tick-floor.py BASE_URL [--hours 24] [--since 5] [--ticks 20]

BASE_URL is the host's `.../runtime/webhooks/durabletask/`. Needs curl.
"""
import argparse
import datetime
import http.client
import os
import resource
import subprocess
import tempfile
import urllib.parse

ACTIVE = "Running,Pending,Suspended,ContinuedAsNew"


def stamp(moment):
    """A creation-time bound as the dashboard writes it."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def pages(connection, path):
    """The continuation tokens of a listing's pages (None for the first), the listing's bytes and its empty pages."""
    tokens = []
    size = 0
    empty = 0
    token = None
    while True:
        tokens.append(token)
        headers = {"x-ms-continuation-token": token} if token else {}
        connection.request("GET", path, headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        size += len(body)
        if answer.status != 200:
            raise SystemExit(f"tick-floor: HTTP {answer.status} on {path}")
        empty += body.strip() == b"[]"
        token = answer.getheader("x-ms-continuation-token")
        if not token:
            return tokens, size, empty


def curl_cpu(requests):
    """The CPU seconds of one curl process fetching `requests` (url, token) in turn."""
    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as config:
        for index, (url, token) in enumerate(requests):
            if index:
                config.write("next\n")
            config.write(f'url = "{url}"\noutput = "/dev/null"\ncompressed\nsilent\n')
            if token:
                config.write(f'header = "x-ms-continuation-token: {token}"\n')
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(["curl", "--fail", "-K", config.name], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.unlink(config.name)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--hours", type=float, default=24)
    parser.add_argument("--since", type=float, default=5)
    parser.add_argument("--ticks", type=int, default=20)
    options = parser.parse_args()
    base = urllib.parse.urlsplit(options.base)
    now = datetime.datetime.now(datetime.timezone.utc)
    listings = [
        {"createdTimeFrom": stamp(now - datetime.timedelta(hours=options.hours)), "runtimeStatus": ACTIVE},
        {"createdTimeFrom": stamp(now - datetime.timedelta(seconds=options.since))},
    ]
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    fetched = []
    size = 0
    for parameters, created_since in zip(listings, [False, True]):
        query = urllib.parse.urlencode({**parameters, "showInput": "false", "top": 1000}, safe=",:")
        path = base.path + "instances?" + query
        tokens, listed, empty = pages(connection, path)
        url = f"{base.scheme}://{base.netloc}{path}"
        every = 1 + min(max(empty - 1, 0), 4) if created_since else 1
        for tick in range(options.ticks):
            if tick % every == 0:
                fetched.extend((url, token) for token in tokens)
                size += listed
    start_up = min(curl_cpu(fetched[:1]) for _ in range(3))
    spent = curl_cpu(fetched) - start_up
    print(f"floor requests per tick: {len(fetched) / options.ticks:.1f}")
    print(f"floor bytes per tick: {size // options.ticks}")
    print(f"floor CPU per tick: {spent / options.ticks * 1000:.1f} ms")


if __name__ == "__main__":
    main()
