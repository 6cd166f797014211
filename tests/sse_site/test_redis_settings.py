"""What `REDIS_URL` changes in the settings: which caches forgive a Redis outage, which
refuse, and where sessions and failed logins are kept."""

from types import SimpleNamespace

from sse_site.settings.redis import caches_setting, login_throttle_store, session_engine

WITH_REDIS = SimpleNamespace(REDIS_URL="redis://cache.internal:6379/0", PAGE_CACHE_SECONDS=60)
WITHOUT_REDIS = SimpleNamespace(REDIS_URL="", PAGE_CACHE_SECONDS=60)


def test_with_redis_pages_forgive_an_outage_and_counters_do_not():
    caches = caches_setting(WITH_REDIS, pages_folder=None)

    assert {alias: cache["OPTIONS"]["IGNORE_EXCEPTIONS"] for alias, cache in caches.items()} == {
        "default": True,
        "pages": True,
        "counters": False,
    }
    for cache in caches.values():
        assert cache["LOCATION"] == "redis://cache.internal:6379/0"
        assert cache["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 0.5
        assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 0.5


def test_with_redis_sessions_are_kept_in_redis_and_the_database():
    assert session_engine(WITH_REDIS) == "django.contrib.sessions.backends.cached_db"
    handler, cache = login_throttle_store(WITH_REDIS)
    assert (handler, cache) == ("core.login_throttle.SharedCacheHandler", "counters")


def test_without_redis_nothing_needs_a_server(tmp_path):
    caches = caches_setting(WITHOUT_REDIS, pages_folder=tmp_path)

    assert caches["pages"]["LOCATION"] == str(tmp_path)
    assert not [cache for cache in caches.values() if "redis" in cache["BACKEND"]]
    assert session_engine(WITHOUT_REDIS) == "django.contrib.sessions.backends.db"
    assert login_throttle_store(WITHOUT_REDIS)[0] == "axes.handlers.database.AxesDatabaseHandler"
