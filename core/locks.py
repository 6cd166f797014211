"""Work done once, however many requests ask for it at the same moment.

`exclusive(name)` lets one process at a time into a block: with Redis
(`REDIS_URL`), across every app server, with a Redis lock; without it, across
the workers of this machine, with a lock file in `LOCK_DIR` (the kernel
releases it if the process dies). Callers check again, inside the block,
whether another process did the work while they waited.
"""

import fcntl
import hashlib
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

WAIT_SECONDS = 120


@contextmanager
def exclusive(name, timeout=WAIT_SECONDS):
    if settings.REDIS_URL:
        with _redis_lock(name, timeout):
            yield
    else:
        with _file_lock(name):
            yield


@contextmanager
def _redis_lock(name, timeout):
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL)
    with client.lock(f"soleil:lock:{name}", timeout=timeout, blocking_timeout=timeout):
        yield


@contextmanager
def _file_lock(name):
    folder = Path(settings.LOCK_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (hashlib.sha256(name.encode()).hexdigest()[:32] + ".lock")
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
