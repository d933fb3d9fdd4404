#!/usr/bin/env python3
r"""The floor of a first load: a plain sequential paged download of an instance listing.

Asks the host for the instances created in the last HOURS (the dashboard's window) with the page size the
dashboard asks for, following `x-ms-continuation-token` page by page over one kept-alive connection, reading each
body and doing nothing with it. Prints `name: value` lines: the time, the pages and the bytes.

    pages.py BASE_URL [--hours 24] [--top 1000] [--statuses Running,Pending]

BASE_URL is the host's `.../runtime/webhooks/durabletask/`.
"""
import argparse
import datetime
import http.client
import json
import time
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--hours", type=float, default=24)
    parser.add_argument("--top", type=int, default=1000)
    parser.add_argument("--statuses", default="")
    options = parser.parse_args()
    base = urllib.parse.urlsplit(options.base)
    since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=options.hours)
    parameters = {
        "createdTimeFrom": since.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "top": options.top,
        "showInput": "false",
    }
    if options.statuses:
        parameters["runtimeStatus"] = options.statuses
    query = urllib.parse.urlencode(parameters)
    path = base.path + "instances?" + query
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    started = time.monotonic()
    token = None
    pages = 0
    size = 0
    rows = 0
    while True:
        headers = {"x-ms-continuation-token": token} if token else {}
        connection.request("GET", path, headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        size += len(body)
        pages += 1
        if options.statuses and answer.status == 200:
            rows += len(json.loads(body))
        if answer.status != 200:
            raise SystemExit(f"pages: HTTP {answer.status} on page {pages}")
        token = answer.getheader("x-ms-continuation-token")
        if not token:
            break
    elapsed = time.monotonic() - started
    if options.statuses:
        print(f"rows: {rows}")
        return
    print(f"floor time: {elapsed * 1000:.0f} ms")
    print(f"floor pages: {pages}")
    print(f"floor bytes: {size}")


if __name__ == "__main__":
    main()
