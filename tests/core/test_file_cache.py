"""The page cache's file backend keeps values as they are, shared by every process."""

import pytest
from django.core.cache.backends.base import DEFAULT_TIMEOUT

from core.file_cache import UncompressedFileBasedCache


@pytest.fixture
def cache(tmp_path):
    return UncompressedFileBasedCache(str(tmp_path), {})


def test_a_value_is_read_back_as_written(cache, tmp_path):
    cache.set("page", {"body": b"<html>" * 1000}, 60)

    assert cache.get("page") == {"body": b"<html>" * 1000}
    assert UncompressedFileBasedCache(str(tmp_path), {}).get("page") == cache.get("page")
    assert b"<html><html>" in next(tmp_path.glob("*.djcache")).read_bytes()


def test_expired_and_missing_values_are_not_found(cache):
    cache.set("old", "value", -1)

    assert cache.get("old", "none") == "none"
    assert cache.get("never", "none") == "none"


def test_touch_keeps_a_value_longer(cache):
    cache.set("page", "value", 1)

    assert cache.touch("page", DEFAULT_TIMEOUT) is True
    assert cache.touch("never") is False
    assert cache.get("page") == "value"
