"""Step 1: PostgreSQL stopped for a few seconds and started again while wrk runs against
gunicorn and a probe asks for a story every 100 ms."""

import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench import wrk as wrk_report
from drill.processes import worker_pids
from drill.web import Probe, branded

WRK_SECONDS = 20
OUTAGE_AFTER = 5
OUTAGE_SECONDS = 5

WRK_SCRIPT = """
counter = 0
paths = {%s}
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1] .. "?drill=" .. counter)
end
"""


def drill_outage(report, cluster, server, origin, site):
    pids_before = worker_pids(server)
    probe = Probe(origin + site["story"])
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "pages.lua"
        paths = ", ".join(f'"{site[name]}"' for name in ("home", "index", "story"))
        script.write_text(WRK_SCRIPT % paths)
        command = [
            "wrk",
            "-t2",
            "-c8",
            f"-d{WRK_SECONDS}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            origin,
        ]
        load = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        thread = threading.Thread(target=probe, daemon=True)
        thread.start()
        time.sleep(OUTAGE_AFTER)
        down = time.monotonic()
        cluster.stop()
        time.sleep(OUTAGE_SECONDS)
        cluster.start()
        back = time.monotonic()
        figures = wrk_report.parse(load.communicate(timeout=WRK_SECONDS + 30)[0])
        probe.running = False
        thread.join(15)
    pids_after = worker_pids(server)
    answers = probe.answers
    errors = [a for a in answers if a[2] != 200]
    outside = [a for a in errors if a[1] < down or a[0] > back]
    recovered = next((a[1] - back for a in answers if a[0] >= back and a[2] == 200), None)
    statuses = sorted({a[2] for a in errors})
    bodies_branded = all(branded(a[3]) for a in errors)
    wrk_errors = figures["non_2xx"] + sum(figures["socket_errors"].values())
    report(
        "outage",
        f"wrk {WRK_SECONDS} s on 2 gunicorn workers, PostgreSQL stopped {back - down:.1f} s: "
        f"{figures['requests']} requests, {wrk_errors} errors ({figures['non_2xx']} non-2xx), "
        f"{figures['requests_per_second']:.0f} req/s",
    )
    report(
        "outage",
        f"probe: {len(answers)} requests, {len(errors)} errors (statuses {statuses}), "
        f"{len(outside)} outside the outage",
        ok=not outside,
    )
    report(
        "outage",
        "recovery: first 200 "
        + ("NEVER" if recovered is None else f"{recovered:.2f} s after PostgreSQL was back"),
        ok=recovered is not None,
    )
    report("outage", f"worker pids {pids_before} → {pids_after}", ok=pids_before == pids_after)
    report(
        "outage",
        "error bodies: " + ("the branded page, no traceback" if bodies_branded else "NOT branded"),
        ok=bodies_branded,
    )
