"""Load through gunicorn: wrk on the static reference file and on four pages.

scripts/bench starts gunicorn (production settings, 2 workers, on loopback) with
PAGE_CACHE off, runs this step, restarts it with PAGE_CACHE on and runs it again.
Each address gets a short warm-up run first (renditions, connections, and the
page cache when it is on), then the measured run. The static file comes first so
that every page's requests per second can be read as a share of it.

wrk runs on the same two cores as the server: absolute figures move from run to
run and machine to machine; only the ratios within one run mean something.

    python -m bench load URLS.json http://127.0.0.1:PORT OUT.json --cache off
"""

import argparse
import json
import os
import urllib.request

from bench import wrk
from bench.page_types import LOADED_PAGES
from bench.reference import REFERENCE_NAME

WARM_UP = "3s"


def targets(pages):
    """{name: path}: the static file first, then each loaded page's Spanish address."""
    found = {"static": f"/static/{REFERENCE_NAME}"}
    for key in LOADED_PAGES:
        found[key] = pages[key][0]["url"]
    return found


def fetch_size(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, len(response.read())


def load(base, path, options):
    url = base + path
    status, size = fetch_size(url)
    wrk.run(url, WARM_UP, options.connections, options.threads)
    result = wrk.run(url, options.duration, options.connections, options.threads)
    print(f"  {path}: {result['requests_per_second']:.1f} requests/s")
    # The machine's 1-minute load average as the run ends: the server, wrk, and anything else.
    result["load_average"] = os.getloadavg()[0]
    return {"url": path, "status": status, "bytes": size, **result}


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench load", description=__doc__)
    parser.add_argument("urls")
    parser.add_argument("base")
    parser.add_argument("out")
    parser.add_argument("--cache", choices=["on", "off"], required=True)
    parser.add_argument("--duration", default="20s")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    options = parser.parse_args(args)
    with open(options.urls) as source:
        pages = json.load(source)["pages"]
    runs = {name: load(options.base, path, options) for name, path in targets(pages).items()}
    static_rps = runs["static"]["requests_per_second"]
    for run in runs.values():
        run["share_of_static"] = run["requests_per_second"] / static_rps if static_rps else None
    settings = {key: getattr(options, key) for key in ("duration", "connections", "threads")}
    settings["timeout"] = wrk.TIMEOUT
    with open(options.out, "w") as out:
        report = {"page_cache": options.cache, "wrk": settings, "runs": runs}
        json.dump(report, out, indent=2)
    return 0
