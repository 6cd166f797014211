from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from core.models import RememberedPrivacyMixin, SocialMetaMixin
from core.querysets import PageManager
from observatory.exports import csv_response, json_response
from observatory.figures import observatory_figures
from observatory.map import MapRegion, region_map
from observatory.selection import Selection, countries


class ObservatoryPage(RememberedPrivacyMixin, RoutablePageMixin, SocialMetaMixin, Page):
    """The movement in numbers (/es/observatorio/, /fr/observatoire/, /en/observatory/):
    charts of this language's live content, filtered by country and year, each with its
    figures as a table, a CSV file and a JSON file (`figures/<chart>/csv/`, `…/json/`)."""

    objects = PageManager()

    introduction = models.TextField(
        _("introduction"),
        max_length=800,
        blank=True,
        help_text=_("A few sentences above the charts: what the observatory shows and why."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    gathers_pages = True  # shows other pages: purged whenever one is published

    class Meta:
        verbose_name = _("observatory")
        verbose_name_plural = _("observatories")

    CHARTS = ("sectors", "forms", "sdgs", "regions", "events", "downloads", "levels", "languages")

    def get_cached_paths(self):
        """What a caching proxy is purged of when the page is: the page and each chart's
        files (addresses with a query string are left to expire, as listings' are)."""
        files = [f"figures/{chart}/{kind}/" for chart in self.CHARTS for kind in ("csv", "json")]
        return ["/", *files]

    def selection(self, request):
        return Selection.from_params(self.locale, request.GET, timezone.localdate())

    def figures(self, request):
        return observatory_figures(self.locale, self.selection(request))

    @path("")
    def index_route(self, request):
        selection = self.selection(request)
        figures = observatory_figures(self.locale, selection)
        return self.render(
            request,
            context_overrides={
                "selection": selection,
                "countries": countries(self.locale),
                "charts": list(figures.values()),
                "region_map": region_map(
                    MapRegion(code=row.code, name=row.label, count=row.count, url=row.url)
                    for row in figures["regions"].rows
                ),
            },
        )

    def chart(self, request, chart):
        figure = self.figures(request).get(chart)
        if figure is None:
            raise Http404
        return figure

    def file_name(self, request, chart, extension):
        country, year = self.selection(request).key
        parts = ["soleil", self.locale.language_code, chart, country, str(year)]
        return "-".join(part for part in parts if part) + f".{extension}"

    @path("figures/<slug:chart>/csv/")
    def chart_csv(self, request, chart):
        figure = self.chart(request, chart)
        return csv_response(figure, request, self.file_name(request, chart, "csv"))

    @path("figures/<slug:chart>/json/")
    def chart_json(self, request, chart):
        figure = self.chart(request, chart)
        selection = self.selection(request)
        about = {
            "language": self.locale.language_code,
            "country": selection.key[0] or None,
            "year": selection.year,
        }
        return json_response(figure, request, self.file_name(request, chart, "json"), about)
