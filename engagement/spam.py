"""Two guards against automated submissions, neither of which keeps anything personal.

* A honeypot: a text field people never see or reach (see the page template) and
  bots fill in. A filled honeypot gets the ordinary thank-you page, so a bot
  learns nothing, and nothing is stored.
* A per-address limit counted in the cache only: the key is a keyed hash of the
  client's address, the value a counter that expires with its window. The
  address itself is never written to the cache, the database or a log.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

HONEYPOT_FIELD = "website"
SUBMISSIONS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60


def honeypot_filled(request):
    return bool(request.POST.get(HONEYPOT_FIELD, "").strip())


def client_address(request):
    """The visitor's address as the site can trust it.

    Behind the reverse proxy the production settings trust for HTTPS
    (`SECURE_PROXY_SSL_HEADER`), REMOTE_ADDR is the proxy's own address, so the
    address the proxy appended to X-Forwarded-For (the last one, which a client
    cannot forge) is used instead. Without a trusted proxy the header is ignored.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


class SubmissionLimit:
    """At most `SUBMISSIONS_PER_WINDOW` stored submissions per address and window,
    counted across the forms of every language."""

    def __init__(self, request):
        digest = salted_hmac("engagement.submission-limit", client_address(request)).hexdigest()
        self.key = f"engagement:submissions:{digest}"

    def reached(self):
        return cache.get(self.key, 0) >= SUBMISSIONS_PER_WINDOW

    def count(self):
        """Count one submission; the window starts with the first one."""
        if not cache.add(self.key, 1, WINDOW_SECONDS):
            try:
                cache.incr(self.key)
            except ValueError:  # expired between add() and incr()
                cache.add(self.key, 1, WINDOW_SECONDS)
