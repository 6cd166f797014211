"""What the drill starts, and stops again however the drill ends.

Every server runs in a session of its own (`start_new_session`), so stopping it stops
its children too; `stop_all` is called from the drill's `finally`, also after Ctrl-C,
a failure or the time limit.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("BIN", ROOT / ".venv" / "bin")).resolve()
CLUSTER = ROOT / "scripts" / "postgres-cluster"
STARTED = []  # Popen objects of servers, stopped at the end
CLEANUPS = []  # callables run at the end (clusters, mounts), last first


def run(command, env=None, **kwargs):
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)


def manage(env, *args, quiet=True):
    """`manage.py ARGS` with the drill's settings; its output kept unless it fails."""
    command = [str(BIN / "python"), "manage.py", *args]
    completed = subprocess.run(command, env=env, cwd=ROOT, capture_output=quiet, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{completed.stderr[-3000:]}")
    return completed.stdout


def python_module(env, module, *args):
    """`python -m drill.MODULE ARGS` with Django set up on `env`'s database: its stdout."""
    command = [str(BIN / "python"), "-m", f"drill.{module}", *args]
    completed = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"drill.{module} failed:\n{completed.stderr[-3000:]}")
    return completed.stdout


def as_postgres(command):
    return ["runuser", "-u", "postgres", "--", *command] if os.getuid() == 0 else command


class Cluster:
    """A throwaway PostgreSQL cluster (scripts/postgres-cluster) that can be stopped and
    started again on the same port, as an operator's restart would."""

    def __init__(self, folder):
        self.folder = Path(folder)
        started = run([str(CLUSTER), "start", str(folder)], capture_output=True, text=True)
        CLEANUPS.append(self.remove)
        self.url = started.stdout.strip()
        self.port = urlsplit(self.url).port
        self.pg_ctl = self._find("pg_ctl")

    @staticmethod
    def _find(name):
        for folder in [
            *os.environ["PATH"].split(":"),
            *sorted(Path("/usr/lib/postgresql").glob("*/bin")),
        ]:
            candidate = Path(folder) / name
            if candidate.exists():
                return str(candidate)
        raise RuntimeError(f"PostgreSQL's {name} was not found")

    def create_database(self):
        import psycopg

        address = urlsplit(self.url)
        with psycopg.connect(f"postgresql://{address.netloc}/postgres", autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{address.path.lstrip("/")}"')

    def stop(self):
        data = str(self.folder / "data")
        subprocess.run(
            as_postgres([self.pg_ctl, "-D", data, "-m", "fast", "-w", "stop"]),
            check=True,
            capture_output=True,
        )

    def start(self):
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories="
            f"{self.folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        data, log = str(self.folder / "data"), str(self.folder / "server.log")
        subprocess.run(
            as_postgres([self.pg_ctl, "-D", data, "-l", log, "-w", "-o", options, "start"]),
            check=True,
            capture_output=True,
        )

    def remove(self):
        subprocess.run([str(CLUSTER), "stop", str(self.folder)], check=False)


def free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def wait_for_port(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not free(port):
            return
        if process.poll() is not None:
            raise RuntimeError(f"the server on port {port} stopped while starting")
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port} within {seconds} s")


def gunicorn(env, port, log):
    """gunicorn with 2 workers on 127.0.0.1:PORT, as production runs it."""
    if not free(port):
        raise RuntimeError(f"port {port} is taken; set DRILL_PORT to another base port")
    command = [
        str(BIN / "gunicorn"),
        "sse_site.wsgi",
        "--chdir",
        str(ROOT),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
    ]
    with open(log, "w") as output:  # the server keeps its own copy of the file
        process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    STARTED.append(process)
    wait_for_port(port, process)
    return process


def worker_pids(process):
    """The pids of a gunicorn master's workers."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)
        if fields.get("PPid", "").strip() == str(process.pid):
            pids.append(int(status.parent.name))
    return sorted(pids)


def stop(process):
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def stop_all():
    while STARTED:
        stop(STARTED.pop())
    while CLEANUPS:
        try:
            CLEANUPS.pop()()
        except Exception as error:  # noqa: BLE001 - the rest must still be cleaned up
            print(f"[drill] cleanup: {error}", file=sys.stderr)
