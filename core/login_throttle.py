"""Admin logins refused after repeated failures, counted where every app server sees them.

django-axes counts failed logins per account and per address (`AXES_LOCKOUT_PARAMETERS`)
and refuses a login for a while once either reaches `AXES_FAILURE_LIMIT` (settings in
`sse_site/settings/base.py`). With Redis it counts in the `counters` cache through
`SharedCacheHandler`; without, in the database.

A count that cannot be read or kept fails closed: while Redis does not answer, logins
are refused (503, "try again in a minute") rather than let through uncounted, and
rather than a server error. Either refusal is a page in the site's look and the
visitor's language (`refused_login_response`).
"""

import logging

from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_cool_off
from django.template.response import TemplateResponse
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

THROTTLE_UNAVAILABLE = "_soleil_login_throttle_unavailable"
# How soon a refused login may be tried again while the counters cannot be reached.
UNAVAILABLE_RETRY_SECONDS = 60


class SharedCacheHandler(AxesCacheHandler):
    """axes' cache handler, refusing the login when the cache raises."""

    def is_allowed(self, request, credentials=None):
        try:
            return super().is_allowed(request, credentials)
        except RedisError:
            self.mark_unavailable(request)
            return False

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        try:
            super().user_login_failed(sender, credentials, request, **kwargs)
        except RedisError:
            if request is not None:
                self.mark_unavailable(request)
                request.axes_locked_out = True
                request.axes_credentials = credentials

    @staticmethod
    def mark_unavailable(request):
        logger.warning("Login refused: the failed-login counters (Redis) did not answer.")
        setattr(request, THROTTLE_UNAVAILABLE, True)


def refused_login_response(request, original_response=None, credentials=None):
    """axes' `AXES_LOCKOUT_CALLABLE`: why the login was refused, and when to try again."""
    if getattr(request, THROTTLE_UNAVAILABLE, False):
        status, retry_seconds = 503, UNAVAILABLE_RETRY_SECONDS
    else:
        status, retry_seconds = 429, int(get_cool_off(request).total_seconds())
    response = TemplateResponse(
        request,
        "core/login_refused.html",
        {
            "throttle_unavailable": status == 503,
            "minutes": max(1, round(retry_seconds / 60)),
        },
        status=status,
    )
    response["Retry-After"] = str(retry_seconds)
    return response.render()
