from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core import freshness
from core.models import RememberedPrivacyMixin, SocialMetaMixin
from core.querysets import PageManager
from opendata.catalogue import catalogue
from opendata.datasets import datasets, licence
from opendata.exports import modules_csv, stories_csv
from opendata.linked_data import stories_jsonld

# name: (how it is made, its Content-Type)
EXPORTS = {
    "stories.csv": (stories_csv, "text/csv; charset=utf-8; header=present"),
    "stories.jsonld": (stories_jsonld, "application/ld+json; charset=utf-8"),
    "modules.csv": (modules_csv, "text/csv; charset=utf-8; header=present"),
    "catalog.jsonld": (catalogue, "application/ld+json; charset=utf-8"),
}


class OpenDataPage(RememberedPrivacyMixin, SocialMetaMixin, Page):
    """The datasets of one language (/es/datos-abiertos/, /fr/donnees-ouvertes/,
    /en/open-data/): what they hold, their files, their licence and the API calls
    that serve the same items. The files and the DCAT-AP catalogue are under its
    address (`…/stories.csv`, `…/catalog.jsonld`): Wagtail's page URLs allow no dot,
    so they have their own URL pattern (`opendata.views`), as the calendars do."""

    # Its files hold every story and module of its language: a caching proxy is purged
    # of them whenever a page is published (core.frontend_purge).
    gathers_pages = True

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data page")
        verbose_name_plural = _("open data pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["datasets"] = datasets(self, request)
        context["licence"] = licence()
        context["catalogue_url"] = self.url + "catalog.jsonld"
        context["limit_max"] = settings.WAGTAILAPI_LIMIT_MAX
        return context

    def get_cached_paths(self):
        """What a caching proxy is purged of when the page is: the page and its files."""
        return ["/", *EXPORTS]

    def export(self, request, name):
        """One of `EXPORTS`, made once per content generation (`core.freshness`): a
        publish or unpublish anywhere starts a new one, so the file is made again."""
        if name not in EXPORTS:
            raise Http404
        make, content_type = EXPORTS[name]
        root = request.build_absolute_uri("/")
        content = freshness.cached(
            "opendata", self.pk, name, root, compute=lambda: make(self, request)
        )
        response = HttpResponse(content, content_type=content_type)
        filename = f"soleil-{self.locale.language_code}-{name}"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        response["Link"] = f'<{licence()["url"]}>; rel="license"'
        response["Access-Control-Allow-Origin"] = "*"
        return response
