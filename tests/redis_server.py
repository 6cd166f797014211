"""A real Redis for the tests of `REDIS_URL`: Debian's redis-server on loopback, without
persistence, started once for the run and stopped at its end; `redis_site` gives a test
the settings `REDIS_URL` gives, on an emptied Redis, and `redis_server.down()` stops it
for a while, as an outage would."""

import shutil
import subprocess
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
import redis
from axes.handlers.proxy import AxesProxyHandler

from sse_site.settings.redis import caches_setting, login_throttle_store, session_engine
from tests.object_storage import free_port, wait_for


class RedisServer:
    def __init__(self, port):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process = None

    def start(self):
        executable = shutil.which("redis-server")
        if executable is None:
            raise RuntimeError("redis-server is missing: apt-get install -y redis-server")
        self.process = subprocess.Popen(
            [executable, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.port)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    @contextmanager
    def down(self):
        """Redis stopped for the block, started again (empty) after it."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def client(self):
        return redis.Redis.from_url(self.url)


@pytest.fixture(scope="session")
def redis_server():
    server = RedisServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_site(settings, redis_server):
    """The caches, sessions and login throttling `REDIS_URL` gives, on an empty Redis."""
    env = SimpleNamespace(REDIS_URL=redis_server.url, PAGE_CACHE_SECONDS=3600)
    redis_server.client().flushall()
    settings.REDIS_URL = env.REDIS_URL
    settings.CACHES = caches_setting(env, pages_folder=None)
    settings.SESSION_ENGINE = session_engine(env)
    settings.AXES_HANDLER, settings.AXES_CACHE = login_throttle_store(env)
    AxesProxyHandler.get_implementation(force=True)
    yield redis_server
    AxesProxyHandler.implementation = None  # made again from the restored settings
