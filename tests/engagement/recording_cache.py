from django.core.cache.backends.locmem import LocMemCache


class RecordingCache(LocMemCache):
    """A local-memory cache that also notes every key it is given, as it is given."""

    given = []

    def make_key(self, key, version=None):
        self.given.append(key)
        return super().make_key(key, version)
