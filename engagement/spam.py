"""Two guards against automated submissions, neither of which keeps anything personal.

* A honeypot: a text field people never see or reach (see the page template) and
  bots fill in. A filled honeypot gets the ordinary thank-you page, so a bot
  learns nothing, and nothing is stored.
* A per-address limit counted in the `counters` cache only: the key is a keyed hash
  of the client's address, the value a counter that expires with its window. The
  address itself is never written to the cache, the database or a log. The
  counters are shared by every app server (Redis); when they cannot be reached the
  limit cannot be kept, so it says so (`CounterUnavailable`) and the form refuses
  the submission rather than take it uncounted.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac
from redis.exceptions import RedisError

from core.addresses import client_address

HONEYPOT_FIELD = "website"
WINDOW_SECONDS = 60 * 60
# How soon a refused visitor may try again while the counters cannot be reached.
UNAVAILABLE_RETRY_SECONDS = 60


class CounterUnavailable(Exception):
    """The shared counters did not answer: the limit can be neither read nor kept."""


def honeypot_filled(request):
    return bool(request.POST.get(HONEYPOT_FIELD, "").strip())


class SubmissionLimit:
    """At most `FORM_SUBMISSIONS_PER_HOUR` stored submissions per address and window,
    counted across the forms of every language (5 unless the operator sets it; `make
    drill` raises it to post the form twenty times from one address)."""

    def __init__(self, request):
        digest = salted_hmac("engagement.submission-limit", client_address(request)).hexdigest()
        self.key = f"engagement:submissions:{digest}"

    def reached(self):
        with _counters() as counters:
            return counters.get(self.key, 0) >= settings.FORM_SUBMISSIONS_PER_HOUR

    def count(self):
        """Count one submission; the window starts with the first one."""
        with _counters() as counters:
            if not counters.add(self.key, 1, WINDOW_SECONDS):
                try:
                    counters.incr(self.key)
                except ValueError:  # expired between add() and incr()
                    counters.add(self.key, 1, WINDOW_SECONDS)


@contextmanager
def _counters():
    """The `counters` cache, its connection errors turned into `CounterUnavailable`."""
    try:
        yield caches["counters"]
    except RedisError as error:
        raise CounterUnavailable from error
