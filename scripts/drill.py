"""`make drill`: Soleil's faults, tried on loopback, with its figures printed.

Starts what it needs on ports from DRILL_PORT (8200) up — a throwaway PostgreSQL
cluster, gunicorn (2 workers, production settings) on PostgreSQL and on SQLite, each with
the demo content — runs the steps, stops everything it started (also on Ctrl-C, a
failure or the time limit, DRILL_MINUTES, 10 by default) and exits non-zero when a
promise failed. Steps (the `drill` package):

1. PostgreSQL stopped for 5 s and started again under wrk and a probe (drill.outage);
2. a publish SIGKILLed at random moments, ten times (drill.killed_publish);
3. 20 publishes and 20 form posts at once, on SQLite and on PostgreSQL
   (drill.concurrency);
4. the media folder full, then read-only, during an upload and a pack (drill.disk);
5. both sites backed up, restored into empty databases and fresh media folders, and
   compared (scripts/drill_backup.py).

Every line of figures starts with `[drill]`.
"""

import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drill import disk, processes  # noqa: E402
from drill.figures import FAILED, FIGURES, report  # noqa: E402
from drill.outage import drill_outage  # noqa: E402

BASE_PORT = int(os.environ.get("DRILL_PORT", "8200"))
MEDIA_MEGABYTES = 64


def environment(folder, name, database_url, port, media):
    """The settings an operator would give, for one site of the drill."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sse_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        "SITE_BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "BEHIND_TLS_PROXY": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "CACHE_DIR": str(Path(folder) / f"cache-{name}"),
        "STATIC_ROOT": str(Path(folder) / "static"),
        "PAGE_CACHE": "false",  # every request reaches the database
        "FORM_SUBMISSIONS_PER_HOUR": "1000",
        "ADMIN_PASSWORD": "soleil-drill",
        "REDIS_URL": "",
        "TASKS_BACKEND": "immediate",
        "MEDIA_STORAGE": "local",
        "PYTHONPATH": str(ROOT),
    }


def prepare(env, collect_static=False):
    processes.manage(env, "migrate", "--no-input")
    if collect_static:  # both sites share the static files and the catalogues
        processes.manage(env, "compilemessages", "--ignore=.venv/*")
        processes.manage(env, "collectstatic", "--no-input")
    processes.manage(env, "load_demo")
    processes.manage(env, "ensure_admin")


def child_step(env, module, *args):
    """A step run in a process of its own with Django set up on `env`'s database; its
    `[drill]` lines are passed on and its failures counted."""
    output = processes.python_module(env, module, *args)
    for line in output.splitlines():
        if line.startswith("[drill]"):
            FIGURES.append(line)
            if line.endswith("FAILED"):
                FAILED.append(line)
            print(line, flush=True)


def backup_step(*sites):
    """scripts/drill_backup.py on the sites the drill has just put through its faults."""
    site_arguments = []
    for name, env in sites:
        site_arguments += ["--site", name, env["DATABASE_URL"], env["MEDIA_ROOT"]]
    completed = subprocess.run(
        [str(processes.BIN / "python"), str(ROOT / "scripts" / "drill_backup.py"), *site_arguments],
        env=os.environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    for line in completed.stdout.splitlines():
        report("backup", line.removeprefix("[backup] "))
    if completed.returncode != 0:
        report("backup", f"exited {completed.returncode}: {completed.stderr[-500:]}", ok=False)


def run(folder):
    pg_port, sqlite_port = BASE_PORT, BASE_PORT + 1
    logs = Path(folder) / "logs"
    logs.mkdir()
    media = Path(folder) / "media-postgresql"
    if disk.mount_tmpfs(media, MEDIA_MEGABYTES):
        processes.CLEANUPS.append(lambda: disk.unmount(media))
        tmpfs = True
    else:
        tmpfs = False
    cluster = processes.Cluster(Path(folder) / "postgres")
    cluster.create_database()
    postgresql = environment(folder, "postgresql", cluster.url, pg_port, media)
    sqlite_url = f"sqlite:///{Path(folder) / 'soleil.sqlite3'}"
    sqlite = environment(folder, "sqlite", sqlite_url, sqlite_port, Path(folder) / "media-sqlite")
    began = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        ready = [pool.submit(prepare, postgresql, True), pool.submit(prepare, sqlite)]
        for future in ready:
            future.result()
    report(
        "setup", f"PostgreSQL and SQLite migrated, demo loaded in {time.monotonic() - began:.0f} s"
    )
    pg_server = processes.gunicorn(postgresql, pg_port, logs / "postgresql.log")
    sqlite_server = processes.gunicorn(sqlite, sqlite_port, logs / "sqlite.log")
    site = json.loads(processes.python_module(postgresql, "site"))
    origin = f"http://127.0.0.1:{pg_port}"

    drill_outage(report, cluster, pg_server, origin, site)
    child_step(postgresql, "killed_publish")
    child_step(sqlite, "concurrency", f"http://127.0.0.1:{sqlite_port}", "SQLite")
    child_step(postgresql, "concurrency", origin, "PostgreSQL")
    if tmpfs:
        disk.drill_disk(report, media, origin, site, postgresql["ADMIN_PASSWORD"])
    else:
        report("disk", "not run: mounting a tmpfs for the media folder needs root", ok=False)
    processes.stop(sqlite_server)
    processes.stop(pg_server)
    backup_step(("postgresql", postgresql), ("sqlite", sqlite))


def out_of_time(*args):
    raise TimeoutError("the drill ran out of time (DRILL_MINUTES)")


def stopped(signum, frame):
    raise SystemExit(f"stopped by signal {signum}")


def main():
    signal.signal(signal.SIGALRM, out_of_time)
    signal.signal(signal.SIGTERM, stopped)
    signal.alarm(int(os.environ.get("DRILL_MINUTES", "10")) * 60)
    began = time.monotonic()
    folder = tempfile.mkdtemp(prefix="soleil-drill-")
    os.chmod(folder, 0o755)  # PostgreSQL runs as its own user inside it
    try:
        run(folder)
    except Exception as error:
        report("drill", f"stopped: {type(error).__name__}: {error}", ok=False)
    finally:
        signal.alarm(0)
        processes.stop_all()
        subprocess.run(["rm", "-rf", folder], check=False)
    print(f"\nmake drill: {time.monotonic() - began:.0f} s, {len(FAILED)} promise(s) failed")
    print("\n".join(FIGURES))
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
