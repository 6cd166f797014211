"""What lives in Redis when `REDIS_URL` is set, and what happens while Redis is away.

Without `REDIS_URL` (what `make run` uses) nothing changes: local memory for the
cache and the counters, a folder (`CACHE_DIR`) for the page cache, sessions in the
database, failed logins counted in the database.

With `REDIS_URL`, every app server shares one Redis, through django-redis, under
three cache aliases that differ in what a Redis outage does to them:

- `default` and `pages` (the cache, sessions' copy, whole pages and the content
  generation) *ignore* errors: a Redis that stops answering is a cache that misses,
  pages are made afresh and served, and each ignored error is logged (the
  `django_redis` logger);
- `counters` (the get-involved form's limit, failed admin logins) *raises*: a
  limit that cannot be counted refuses rather than lets everything through
  (`engagement.spam`, `core.login_throttle`).

Short socket timeouts keep a Redis that hangs from holding workers for long.
Sessions are `cached_db`: read from Redis, written to the database as well, so they
are shared by every app server and outlive a Redis outage.
"""

# Seconds to open a connection to Redis, and to wait for an answer.
CONNECT_TIMEOUT = 0.25
READ_TIMEOUT = 0.5


def redis_cache(env, *, ignore_errors, **extra):
    """One django-redis cache on `REDIS_URL`."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env.REDIS_URL,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": ignore_errors,
            "SOCKET_CONNECT_TIMEOUT": CONNECT_TIMEOUT,
            "SOCKET_TIMEOUT": READ_TIMEOUT,
        },
        **extra,
    }


def caches_setting(env, pages_folder):
    """Django's `CACHES`: `default`, `pages` (core.freshness) and `counters`."""
    if env.REDIS_URL:
        return {
            "default": redis_cache(env, ignore_errors=True),
            "pages": redis_cache(
                env, ignore_errors=True, KEY_PREFIX="pages", TIMEOUT=env.PAGE_CACHE_SECONDS
            ),
            "counters": redis_cache(env, ignore_errors=False, KEY_PREFIX="counters"),
        }
    # "pages" is a folder every worker of this machine shares: local memory would
    # leave other workers stale.
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "soleil",
        },
        "pages": {
            "BACKEND": "core.file_cache.UncompressedFileBasedCache",
            "LOCATION": str(pages_folder),
            "TIMEOUT": env.PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        "counters": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "soleil-counters",
        },
    }


def session_engine(env):
    """Sessions in the database, and with Redis also in the shared cache in front of it."""
    if env.REDIS_URL:
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"


def login_throttle_store(env):
    """Where django-axes counts failed logins: its `AXES_HANDLER` and `AXES_CACHE`.

    With Redis: the `counters` cache, shared by every app server, refusing logins
    while it cannot count (`core.login_throttle`). Without: the database, which every
    worker of the machine shares (a local-memory count would be one per worker,
    which axes itself warns against).
    """
    if env.REDIS_URL:
        return "core.login_throttle.SharedCacheHandler", "counters"
    return "axes.handlers.database.AxesDatabaseHandler", "default"
