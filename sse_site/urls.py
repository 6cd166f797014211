import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemaps

from core import documents, page_cache
from core import views as core_views
from core.sitemap import MultilingualSitemap
from events import views as events_views
from opendata import views as opendata_views
from opendata.api import api_router
from opendata.models import EXPORTS

SITEMAPS = {"pages": MultilingualSitemap}
# A database or media folder outage is answered 503, anything else 500 (core.unavailable).
handler500 = "core.unavailable.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(documents)),
    path("health/", core_views.health, name="health"),
    # The open-data API, one address for every language (`?locale=es`): opendata.api.
    path("api/v2/", api_router.urls),
    path(
        "sitemap.xml",
        page_cache.cacheable(sitemaps.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        page_cache.cacheable(sitemaps.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", page_cache.cacheable(core_views.robots_txt), name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<name>calendar|event)\.ics$",
        page_cache.cacheable(events_views.calendar_file),
        name="calendar_file",
    ),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<name>" + "|".join(map(re.escape, EXPORTS)) + ")$",
        page_cache.cacheable(opendata_views.export_file),
        name="opendata_file",
    ),
    path("", include(wagtail_urls.urlpatterns[:-1])),
    re_path(wagtail_urls.serve_pattern, core_views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
