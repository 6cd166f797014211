"""Run wrk and read its report: requests per second, latency percentiles, errors.

wrk prints times with their own unit ("870.00us", "12.34ms", "1.20s", "2.00m")
and leaves out the error lines when there were none; `parse` turns all of it
into numbers (milliseconds, requests per second), with zeros where wrk was silent.
"""

import re
import subprocess

TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
PERCENTILE = re.compile(r"^\s*(50|75|90|99)%\s+([\d.]+)(us|ms|s|m|h)\s*$", re.MULTILINE)
RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
TOTAL = re.compile(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h)", re.MULTILINE)
SOCKET_ERRORS = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", re.MULTILINE
)
NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)", re.MULTILINE)


def to_ms(value, unit):
    return float(value) * TIME_UNITS_MS[unit]


def parse(output):
    """The figures of one wrk run (wrk … --latency) from its standard output."""
    rate = RATE.search(output)
    total = TOTAL.search(output)
    if rate is None or total is None:
        raise ValueError(f"Not a wrk report:\n{output}")
    result = {
        "requests_per_second": float(rate.group(1)),
        "requests": int(total.group(1)),
        "duration_s": to_ms(total.group(2), total.group(3)) / 1000,
    }
    for percent, value, unit in PERCENTILE.findall(output):
        result[f"p{percent}_ms"] = to_ms(value, unit)
    errors = SOCKET_ERRORS.search(output)
    names = ("connect", "read", "write", "timeout")
    counts = errors.groups() if errors else (0, 0, 0, 0)
    result["socket_errors"] = {name: int(n) for name, n in zip(names, counts, strict=True)}
    non_2xx = NON_2XX.search(output)
    result["non_2xx"] = int(non_2xx.group(1)) if non_2xx else 0
    return result


# wrk gives up on a response after 2 s by default and leaves it out of the latencies:
# an uncached page under 16 connections on two busy cores can take longer than that.
TIMEOUT = "30s"


def run(url, duration="20s", connections=16, threads=2):
    """wrk -tTHREADS -cCONNECTIONS -dDURATION --latency --timeout 30s URL, parsed."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency"]
    command += ["--timeout", TIMEOUT, url]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {completed.stderr or completed.stdout}")
    return parse(completed.stdout)
