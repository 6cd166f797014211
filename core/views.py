import logging
import uuid

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views

from core.routing import find_route

logger = logging.getLogger(__name__)

# The cache that must answer for the site to work: the one that counts form submissions
# and failed logins (settings/redis.py), shared by every app server when REDIS_URL is set.
HEALTH_CACHE_ALIAS = "counters"


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_answers():
    """A write and a read back: a cache that takes writes but loses them is not healthy."""
    cache = caches[HEALTH_CACHE_ALIAS]
    key = f"soleil:health:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError(f"the {HEALTH_CACHE_ALIAS!r} cache lost a value just written")
    cache.delete(key)


HEALTH_CHECKS = {"database": database_answers, "cache": cache_answers}


@never_cache
def health(request):
    """Whether the database and the shared cache answer, for load balancers and monitors.

    Each part is "ok" or "failed"; any failure answers 503 and logs why. `?part=database`
    checks only the parts named: a load balancer asks about what belongs to one app server
    (its database connection), not about the cache every server shares, whose outage the
    site rides out (settings/redis.py). It reads no session and sets no cookie, and
    `never_cache` keeps it out of every cache (Varnish passes /health/ too,
    deploy/varnish/soleil.vcl).
    """
    asked = request.GET.getlist("part") or list(HEALTH_CHECKS)
    unknown = sorted(set(asked) - set(HEALTH_CHECKS))
    if unknown:
        return JsonResponse(
            {"status": "error", "unknown parts": unknown, "parts": list(HEALTH_CHECKS)},
            status=400,
        )
    parts = {}
    for name in asked:
        try:
            HEALTH_CHECKS[name]()
        except Exception:  # noqa: BLE001 - whatever the failure, the part is unhealthy
            logger.exception("Health check: the %s does not answer", name)
            parts[name] = "failed"
        else:
            parts[name] = "ok"
    healthy = all(state == "ok" for state in parts.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **parts}, status=200 if healthy else 503
    )


def robots_txt(request):
    """Crawlers may read every public page, not the admin nor the raw document files
    (teachers reach those through their module page, which describes them)."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def serve(request, path):
    """Wagtail's page view, with the page found in two queries (core.routing).

    Wagtail keeps the route it finds on the request (`_wagtail_route_for_request`,
    see `Page.route_for_request`); it is found here first, and Wagtail's view then
    runs its hooks and serves the page as usual.
    """
    request._wagtail_route_for_request = find_route(request, path)
    return wagtail_views.serve(request, path)
