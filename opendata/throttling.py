"""How often one address may ask the open-data API: `OPENDATA_API_RATE` (DRF's notation,
"120/minute"), counted per address in Django's `default` cache — with `REDIS_URL`, the
Redis every app server shares (sse_site/settings/redis.py), so the limit holds however
many servers answer. The address is the one the trusted proxy forwards
(`core.addresses`), kept in the cache only as a hash. While Redis does not answer, the
`default` cache ignores the error and the request is served: the API is read-only and
cheap, and an outage should not turn away every reader.

The rate is read from the settings at each request (DRF's own throttles read it once,
at import), so an operator's or a test's setting applies.
"""

import hashlib

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from core.addresses import client_address


class OpenDataThrottle(SimpleRateThrottle):
    scope = "opendata"

    def get_rate(self):
        return settings.OPENDATA_API_RATE

    def get_cache_key(self, request, view):
        address = client_address(request)
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
        return self.cache_format % {"scope": self.scope, "ident": digest}
