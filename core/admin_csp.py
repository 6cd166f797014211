"""django-csp's middleware, with the admin's own policy under the admin's address.

django-csp 4 has one policy per site and per-view decorators (`csp_override`); the
admin's views are Wagtail's, so its policy is chosen here by address instead:
`ADMIN_CONTENT_SECURITY_POLICY` (sse_site/settings/headers.py) under its `URL_PREFIX`,
`CONTENT_SECURITY_POLICY` everywhere else. A view's own `csp_override` still wins, and
a header a view set itself (Wagtail's documents, `default-src 'none'`) is kept.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class AdminAwareCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        if (
            not report_only
            and admin
            and parts.config is None
            and request.path_info.startswith(admin["URL_PREFIX"])
        ):
            parts.config = default_config(admin["DIRECTIVES"])
        return parts
