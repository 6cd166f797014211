"""Work done once, however many requests ask for it at the same moment.

`exclusive(name)` lets one process at a time into a block: with Redis
(`REDIS_URL`), across every app server, with a Redis lock; without it, across
the workers of this machine, with a lock file in `LOCK_DIR` (the kernel
releases it if the process dies). Callers check again, inside the block,
whether another process did the work while they waited.

While Redis does not answer, the lock file is used instead, and a warning logged:
the work is then done at most once per machine rather than once for all, which for
a module pack means a few more builds of the same file, not a page that fails until
Redis is back.
"""

import fcntl
import hashlib
import logging
from contextlib import contextmanager
from pathlib import Path

import redis
from django.conf import settings
from redis.exceptions import LockError, RedisError

from sse_site.settings.redis import CONNECT_TIMEOUT, READ_TIMEOUT

logger = logging.getLogger(__name__)

WAIT_SECONDS = 120


@contextmanager
def exclusive(name, timeout=WAIT_SECONDS):
    lock = _redis_lock(name, timeout) if settings.REDIS_URL else None
    if lock is not None and _acquire(lock, name):
        try:
            yield
        finally:
            _release(lock, name)
    else:
        with _file_lock(name):
            yield


def _redis_lock(name, timeout):
    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=CONNECT_TIMEOUT, socket_timeout=READ_TIMEOUT
    )
    return client.lock(f"soleil:lock:{name}", timeout=timeout, blocking_timeout=timeout)


def _acquire(lock, name):
    """True once held; False when Redis cannot be reached (the caller falls back to the
    lock file). Waiting longer than the lock's timeout raises LockError, as before."""
    try:
        acquired = lock.acquire()
    except RedisError:
        logger.warning("Redis did not answer; lock %r taken on this machine only.", name)
        return False
    if not acquired:
        raise LockError(f"Lock {name!r} not acquired within its timeout.")
    return True


def _release(lock, name):
    """Release the lock; one that expired or a Redis that went away leaves nothing to do
    (the lock lapses by itself after its timeout)."""
    try:
        lock.release()
    except (LockError, RedisError):
        logger.warning("Lock %r could not be released in Redis; it lapses by itself.", name)


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
