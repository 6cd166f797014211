"""A frontend-cache backend for tests: it records the addresses it is asked to purge."""

from wagtail.contrib.frontend_cache.backends import BaseBackend


class PurgeRecorder(BaseBackend):
    purged = []

    def purge(self, url):
        PurgeRecorder.purged.append(url)
