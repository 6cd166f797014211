"""Varnish in front of the live server, with Soleil's VCL (`deploy/varnish/soleil.vcl`):
one varnishd per test module, on a free port, stopped by its pid however the module ends."""

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.stories.conftest import make_story, story_indexes  # noqa: F401

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "soleil.vcl"
HOST = "localhost"  # the host name of the site the migrations make, as Wagtail purges it


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def backends_vcl(live_port, dead_port):
    """The app servers: the live server, probed on /health/ as in production, and a port
    nobody listens on, left unprobed so Varnish believes it healthy — a server stopped
    before its probe noticed."""
    return f"""
probe soleil_health {{
    .request =
        "GET /health/?part=database HTTP/1.1"
        "Host: {HOST}"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 1s;
    .window = 3;
    .threshold = 2;
}}
backend live {{ .host = "127.0.0.1"; .port = "{live_port}"; .probe = soleil_health; }}
backend stopped {{ .host = "127.0.0.1"; .port = "{dead_port}"; }}
sub soleil_backends {{
    app.add_backend(live);
    app.add_backend(stopped);
}}
acl purgers {{ "127.0.0.1"; }}
acl tls_proxy {{ "127.0.0.1"; }}
"""


def varnishd():
    path = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not os.access(path, os.X_OK):
        pytest.fail("varnishd is missing: apt-get install -y varnish (make test installs it)")
    return path


def varnish_ready(workdir, seconds=15):
    """Wait until the live backend's probe has found it healthy."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        listing = subprocess.run(
            ["varnishadm", "-n", workdir, "backend.list"], capture_output=True, text=True
        ).stdout
        if any(
            line.split()[0].endswith(".live") and "healthy" in line
            for line in listing.splitlines()[1:]
            if line.strip()
        ):
            return
        time.sleep(0.2)
    raise RuntimeError(f"Varnish never found the live server healthy:\n{listing}")


@pytest.fixture(scope="module")
def varnish(live_server, django_db_blocker):
    """Varnish on a free port in front of the live server and a stopped server. Its probe
    asks the live server's /health/ between tests too, so the database stays open to it."""
    with django_db_blocker.unblock():
        yield from start_varnish(live_server)


def start_varnish(live_server):
    folder = Path(tempfile.mkdtemp(prefix="soleil-varnish-"))
    folder.chmod(0o755)  # varnishd compiles the VCL as its own unprivileged user
    (folder / "soleil.vcl").symlink_to(VCL)
    live_port = int(live_server.url.rsplit(":", 1)[1])
    (folder / "backends.vcl").write_text(backends_vcl(live_port, free_port()))
    port = free_port()
    workdir = str(folder / "work")
    process = subprocess.Popen(
        [
            varnishd(),
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(folder / "soleil.vcl"),
            "-n",
            workdir,
            "-s",
            "malloc,64m",
            "-P",
            str(folder / "varnishd.pid"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        try:
            varnish_ready(workdir)
        except RuntimeError:
            process.terminate()
            raise RuntimeError(process.communicate(timeout=10)[1].decode()) from None
        yield SimpleNamespace(
            url=f"http://127.0.0.1:{port}", port=port, workdir=workdir, request=Requester(port)
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


class Requester:
    """`varnish.request("GET", "/es/")`: a request to Varnish with the site's Host, as a
    browser behind the TLS proxy sends it."""

    def __init__(self, port):
        self.port = port

    def __call__(self, method, path, headers=None, body=None, source="127.0.0.1"):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(source, 0)
        )
        try:
            connection.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
            reply = connection.getresponse()
            reply.text = reply.read().decode("utf-8", "replace")
            return reply
        finally:
            connection.close()


def counter(varnish, name):
    """One of varnishstat's counters, say `MAIN.backend_fail`."""
    output = subprocess.run(
        ["varnishstat", "-n", varnish.workdir, "-1", "-f", name],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(output.split()[1]) if output.strip() else 0


def settled_counter(varnish, name):
    """The counter once Varnish's threads have added what they did to it: each keeps
    its own tally and adds it to the shared one when it is done with a task."""
    value = counter(varnish, name)
    while True:
        time.sleep(0.3)
        again = counter(varnish, name)
        if again == value:
            return value
        value = again


def counter_reaching(varnish, name, wanted, seconds=5):
    """The counter as soon as it reaches `wanted`, or as it stands after `seconds`."""
    deadline = time.monotonic() + seconds
    value = counter(varnish, name)
    while value < wanted and time.monotonic() < deadline:
        time.sleep(0.1)
        value = counter(varnish, name)
    return value
