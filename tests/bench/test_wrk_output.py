"""bench.wrk reads wrk's report the way wrk 4.1 prints it, units and error lines included."""

import pytest

from bench.wrk import parse

NOT_FOUND_RUN = """\
Running 2s test @ http://127.0.0.1:18799/nonexistent
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    22.96ms   80.79ms 844.54ms   96.54%
    Req/Sec   431.58    337.14     1.15k    61.29%
  Latency Distribution
     50%    7.26ms
     75%   15.85ms
     90%   20.03ms
     99%  515.71ms
  1334 requests in 2.10s, 677.42KB read
  Non-2xx or 3xx responses: 1334
Requests/sec:    635.38
Transfer/sec:    322.65KB
"""

SLOW_RUN = """\
Running 20s test @ http://127.0.0.1:40123/es/historias/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   812.40ms  201.33ms   1.98s    71.02%
    Req/Sec    11.02      6.10    30.00     64.80%
  Latency Distribution
     50%  767.90ms
     75%  808.92ms
     90%  995.78ms
     99%    1.39s
  371 requests in 20.04s, 14.78MB read
  Socket errors: connect 0, read 2, write 0, timeout 5
Requests/sec:     18.51
Transfer/sec:    755.21KB
"""

STATIC_RUN = """\
Running 1s test @ http://127.0.0.1:18799/
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   410.00us  120.00us   2.10ms   90.00%
    Req/Sec     4.61k   300.00     5.00k    80.00%
  Latency Distribution
     50%  380.00us
     75%  450.00us
     90%  520.00us
     99%    1.10ms
  4610 requests in 1.00s, 78.12MB read
Requests/sec:   4609.80
Transfer/sec:     78.10MB
"""


def test_a_run_answered_404_counts_every_response_as_an_error():
    result = parse(NOT_FOUND_RUN)

    assert result["requests_per_second"] == 635.38
    assert result["requests"] == 1334
    assert result["duration_s"] == pytest.approx(2.10)
    assert result["p50_ms"] == pytest.approx(7.26)
    assert result["p99_ms"] == pytest.approx(515.71)
    assert result["non_2xx"] == 1334
    assert result["socket_errors"] == {"connect": 0, "read": 0, "write": 0, "timeout": 0}


def test_latencies_in_seconds_and_socket_errors_are_read():
    result = parse(SLOW_RUN)

    assert result["requests_per_second"] == 18.51
    assert result["p75_ms"] == pytest.approx(808.92)
    assert result["p99_ms"] == pytest.approx(1390.0)
    assert result["duration_s"] == pytest.approx(20.04)
    assert result["socket_errors"] == {"connect": 0, "read": 2, "write": 0, "timeout": 5}
    assert result["non_2xx"] == 0


def test_latencies_in_microseconds_become_fractions_of_a_millisecond():
    result = parse(STATIC_RUN)

    assert result["p50_ms"] == pytest.approx(0.38)
    assert result["p90_ms"] == pytest.approx(0.52)
    assert result["p99_ms"] == pytest.approx(1.10)
    assert result["requests_per_second"] == 4609.80


def test_output_that_is_not_a_wrk_report_is_refused():
    with pytest.raises(ValueError, match="Not a wrk report"):
        parse("unable to connect to 127.0.0.1:1 Connection refused\n")
