from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views

from core.routing import find_route


@never_cache
def health(request):
    """Liveness and database check for load balancers and uptime monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "unhealthy"
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


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
