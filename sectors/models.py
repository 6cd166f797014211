from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.models import Sector, SocialMetaMixin
from core.sitemap import SitemapEntry
from sectors.gathering import SectorGathering, sector_counts


class SectorIndexPage(RoutablePageMixin, SocialMetaMixin, Page):
    """The sectors of one language (/es/sectores/, /fr/secteurs/, /en/sectors/) and,
    at /<sector slug>/, one page per sector gathering its stories, modules and events.

    Sectors are vocabulary snippets, not pages: editors name and describe them in
    the snippet, and each language's page uses that language's slug.
    """

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

    @path("")
    def index_route(self, request):
        return self.render(
            request, context_overrides={"sectors": sector_counts(self.sectors(), self.locale)}
        )

    @path("<slug:sector_slug>/")
    def sector_route(self, request, sector_slug):
        sector = self.sectors().filter(slug=sector_slug).first()
        if sector is None:
            raise Http404
        self.current_sector = sector
        gathering = SectorGathering(self.locale)
        upcoming, past = gathering.events(sector)
        return self.render(
            request,
            template="sectors/sector_page.html",
            context_overrides={
                "sector": sector,
                "stories": list(gathering.stories(sector)),
                "modules": list(gathering.modules(sector)),
                "upcoming_events": upcoming,
                "past_events": past,
            },
        )

    def sitemap_entries(self):
        """The index and each sector's page of this language, paired across languages
        by the sector's translation key (its slug differs per language)."""
        sectors = self.sectors().values_list("slug", "translation_key")
        return [SitemapEntry(self)] + [SitemapEntry(self, f"{slug}/", key) for slug, key in sectors]

    def localized_route_url(self, translation, request=None):
        """Where the language switcher leads from this page to `translation` (this
        index in another language): the same sector there, or that index."""
        sector = getattr(self, "current_sector", None)
        index_url = translation.get_url(request)
        if sector is None or index_url is None:
            return index_url
        localized = sector.get_translation_or_none(translation.locale)
        return index_url + localized.slug + "/" if localized is not None else index_url

    @property
    def meta_description(self):
        sector = getattr(self, "current_sector", None)
        if sector is not None and sector.description:
            return sector.description
        return super().meta_description
