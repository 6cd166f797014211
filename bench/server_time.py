"""SQL queries and server time per request, measured in the process, without a network.

Requests go through the project's WSGI application the way gunicorn calls it —
every middleware, the settings scripts/bench chose (production, DEBUG off) and,
for this step, PAGE_CACHE=off. For each page type, every URL (one per language;
three searches per language) is requested twice to warm renditions and caches,
then once under CaptureQueriesContext to count its queries, then the URLs are
requested in turn until `--requests` timed requests have been made. Queries are
counted on a request of their own because recording SQL slows the request down.

    python -m bench server_time URLS.json OUT.json --requests 50
"""

import argparse
import io
import json
import os
import statistics
import time
from urllib.parse import urlsplit
from wsgiref.util import setup_testing_defaults

from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.test.utils import CaptureQueriesContext

WARM_UP = 2


def call(app, url):
    """GET `url` through the WSGI application: (status code, body)."""
    parts = urlsplit(url)
    environ = {"PATH_INFO": parts.path, "QUERY_STRING": parts.query, "REQUEST_METHOD": "GET"}
    environ["wsgi.input"] = io.BytesIO()
    setup_testing_defaults(environ)
    status = []
    response = app(environ, lambda line, headers, exc_info=None: status.append(line))
    try:
        body = b"".join(response)
    finally:
        getattr(response, "close", lambda: None)()
    return int(status[0].split()[0]), body


def count_queries(app, url):
    with CaptureQueriesContext(connection) as captured:
        call(app, url)
        # Read now: the next request's request_started signal clears the log.
        return len(captured.captured_queries)


def percentile_ms(samples, percent):
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[percent - 1] * 1000


def timed_requests(app, urls, requests):
    samples = []
    for number in range(requests):
        url = urls[number % len(urls)]
        started = time.perf_counter()
        call(app, url)
        samples.append(time.perf_counter() - started)
    return samples


def measure_type(app, entries, requests):
    urls = [entry["url"] for entry in entries]
    statuses, sizes = {}, {}
    for url in urls:
        for _warm in range(WARM_UP):
            statuses[url], body = call(app, url)
        sizes[url] = len(body)
    queries = {url: count_queries(app, url) for url in urls}
    samples = timed_requests(app, urls, requests)
    return {
        "median_ms": statistics.median(samples) * 1000,
        "p95_ms": percentile_ms(samples, 95),
        "requests": len(samples),
        "queries": max(queries.values()),
        "queries_by_url": queries,
        "status_by_url": statuses,
        "bytes_by_url": sizes,
    }


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench server_time", description=__doc__)
    parser.add_argument("urls")
    parser.add_argument("out")
    parser.add_argument("--requests", type=int, default=50)
    options = parser.parse_args(args)
    with open(options.urls) as source:
        pages = json.load(source)["pages"]
    app = get_wsgi_application()
    load_before = os.getloadavg()[0]
    results = {}
    for key, entries in pages.items():
        results[key] = measure_type(app, entries, options.requests)
        print(f"  {key}: {results[key]['median_ms']:.1f} ms, {results[key]['queries']} queries")
    report = {
        "database": connection.vendor,
        "page_cache": os.environ.get("PAGE_CACHE", "on"),
        "load_average": [load_before, os.getloadavg()[0]],
        "page_types": results,
    }
    with open(options.out, "w") as out:
        json.dump(report, out, indent=2)
    return 0
