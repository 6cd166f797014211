"""Memory: how much a gunicorn worker's resident size grows under a steady mix of pages.

scripts/bench starts gunicorn with one worker; this step finds that worker (the
master's only child), sends `--requests` requests over the mix of addresses
`bench.urls` picked (every page type of every language and dozens of different
stories, modules and events; the sitemap left out for its size) from two client
threads, and reads the worker's VmRSS from /proc twenty times along the way. The
figure of interest is the growth between the middle and the end of the run
(5,000 and 10,000 requests by default): start-up and first-time caches are
behind it by then, so what still grows is what would grow for ever.

    python -m bench memory URLS.json http://127.0.0.1:PORT MASTER_PID OUT.json
"""

import argparse
import itertools
import json
import os
import threading
import urllib.error
import urllib.request
from pathlib import Path


def worker_pid(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    if len(children) != 1:
        raise SystemExit(f"Expected one gunicorn worker under {master_pid}, found {children}")
    return int(children[0])


def rss_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise SystemExit(f"No VmRSS for process {pid}")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class MixRun:
    """Client threads taking turns through the mix, `total` requests in all, the
    worker's resident size read after every `every` completed requests."""

    def __init__(self, base, mix, total, every, pid):
        self.urls = itertools.cycle(base + url for url in mix)
        self.total, self.every, self.pid = total, every, pid
        self.sent, self.completed, self.failed, self.samples = 0, 0, 0, []
        self.lock = threading.Lock()

    def next_url(self):
        with self.lock:
            if self.sent >= self.total:
                return None
            self.sent += 1
            return next(self.urls)

    def record(self, status):
        with self.lock:
            self.completed += 1
            self.failed += status != 200
            if self.completed % self.every == 0:
                self.samples.append({"requests": self.completed, "rss_kb": rss_kb(self.pid)})

    def client(self):
        while (url := self.next_url()) is not None:
            self.record(get(url))

    def run(self, clients):
        threads = [threading.Thread(target=self.client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def rss_at(self, requests):
        return min(self.samples, key=lambda sample: abs(sample["requests"] - requests))["rss_kb"]


def measure(base, mix, master_pid, options):
    pid = worker_pid(master_pid)
    run = MixRun(base, mix, options.requests, options.every, pid)
    started_kb = rss_kb(pid)
    run.run(options.clients)
    if worker_pid(master_pid) != pid:
        raise SystemExit("The gunicorn worker was replaced during the run: no growth to read")
    middle, end = run.rss_at(options.requests // 2), run.rss_at(options.requests)
    return {
        "requests": options.requests,
        "clients": options.clients,
        "failed": run.failed,
        "distinct_urls": len(set(mix)),
        "rss_start_kb": started_kb,
        "rss_middle_kb": middle,
        "rss_end_kb": end,
        "growth_percent": (end - middle) / middle * 100,
        "samples": run.samples,
    }


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench memory", description=__doc__)
    parser.add_argument("urls")
    parser.add_argument("base")
    parser.add_argument("master_pid", type=int)
    parser.add_argument("out")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--every", type=int, help="requests between readings (default: 1/20th)")
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--label", default="", help="which database and size, for the report")
    options = parser.parse_args(args)
    options.every = options.every or max(1, options.requests // 20)
    with open(options.urls) as source:
        mix = json.load(source)["mix"]
    result = measure(options.base, mix, options.master_pid, options)
    result["label"] = options.label
    result["page_cache"] = os.environ.get("PAGE_CACHE", "on")
    print(f"  worker RSS {result['rss_middle_kb']} kB → {result['rss_end_kb']} kB")
    with open(options.out, "w") as out:
        json.dump(result, out, indent=2)
    return 0
