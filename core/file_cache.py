"""Django's file cache, without compressing what it keeps.

The `pages` cache of a machine without Redis lives in files its workers share.
Django's file cache compresses every value, so each reader of a cached page
pays a decompression — a third of what serving it costs. A page is written once
and read thousands of times, and disk is cheap: here values are stored as they
are pickled.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class UncompressedFileBasedCache(FileBasedCache):
    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as file:
                if not self._is_expired(file):
                    return pickle.load(file)
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, _MISSING, version)
        if value is _MISSING:
            return False
        self.set(key, value, timeout, version)
        return True


_MISSING = object()
