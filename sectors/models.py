from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core import freshness
from core.models import RememberedPrivacyMixin, Sector, SocialMetaMixin
from core.querysets import PageManager
from core.sitemap import SitemapEntry
from sectors.gathering import SectorGathering, sector_counts


class SectorIndexPage(RememberedPrivacyMixin, RoutablePageMixin, SocialMetaMixin, Page):
    """The sectors of one language (/es/sectores/, /fr/secteurs/, /en/sectors/) and,
    at /<sector slug>/, one page per sector gathering its stories, modules and events.

    Sectors are vocabulary snippets, not pages: editors name and describe them in
    the snippet, and each language's page uses that language's slug.
    """

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sector index")
        verbose_name_plural = _("sector indexes")

    def sectors(self):
        return Sector.objects.filter(locale_id=self.locale_id).order_by("sort_order", "name")

    def terms(self):
        """The sectors of this language, remembered until the content changes."""
        return freshness.remember("sectors", self.locale_id, compute=lambda: list(self.sectors()))

    @path("")
    def index_route(self, request):
        return self.render(
            request, context_overrides={"sectors": sector_counts(self.terms(), self.locale)}
        )

    @path("<slug:sector_slug>/")
    def sector_route(self, request, sector_slug):
        sector = next((term for term in self.terms() if term.slug == sector_slug), None)
        if sector is None:
            raise Http404
        self.current_sector = sector
        gathering = SectorGathering(sector)
        upcoming, past = gathering.events()
        return self.render(
            request,
            template="sectors/sector_page.html",
            context_overrides={
                "sector": sector,
                "stories": list(gathering.stories()),
                "modules": list(gathering.modules()),
                "upcoming_events": upcoming,
                "past_events": past,
            },
        )

    gathers_pages = True  # shows other pages: purged whenever one is published

    def get_cached_paths(self):
        """The index and each sector's page, for a caching proxy to purge."""
        return ["/"] + [f"{sector.slug}/" for sector in self.terms()]

    def sitemap_entries(self):
        """The index and each sector's page of this language, paired across languages
        by the sector's translation key (its slug differs per language)."""
        return [SitemapEntry(self)] + [
            SitemapEntry(self, f"{sector.slug}/", sector.translation_key) for sector in self.terms()
        ]

    def localized_route_url(self, translation, request=None):
        """Where the language switcher leads from this page to `translation` (this
        index in another language): the same sector there, or that index."""
        sector = getattr(self, "current_sector", None)
        index_url = translation.get_url(request)
        if sector is None or index_url is None:
            return index_url
        slugs = freshness.remember(
            "sector-slugs",
            sector.translation_key,
            compute=lambda: dict(
                Sector.objects.filter(translation_key=sector.translation_key).values_list(
                    "locale_id", "slug"
                )
            ),
        )
        slug = slugs.get(translation.locale_id)
        return index_url + slug + "/" if slug is not None else index_url

    @property
    def meta_description(self):
        sector = getattr(self, "current_sector", None)
        if sector is not None and sector.description:
            return sector.description
        return super().meta_description
