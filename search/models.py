from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core import page_cache
from core.models import RememberedPrivacyMixin, SocialMetaMixin
from core.querysets import PageManager
from search.query import read_query
from search.results import SiteSearch
from search.search_terms import SearchTermCount, count_search, is_new_search

__all__ = ["SearchPage", "SearchTermCount"]


class SearchPage(RememberedPrivacyMixin, SocialMetaMixin, Page):
    """The site search of one language (/es/buscar/, /fr/recherche/, /en/search/).

    It searches the live, public stories, modules, events, campaigns and pages of
    its own locale, stemming words the way that language forms them.
    """

    objects = PageManager()

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("Shown above the search box, for example what visitors can find here."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = []  # the search page itself is not a result

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def sitemap_entries(self):
        return []  # result pages are not for search engines (the template says noindex)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = read_query(request.GET.get("q", ""))
        context["query"] = query
        context["search_box_text"] = query.text
        if "q" in request.GET:
            context["search"] = SiteSearch(
                query=query,
                locale=self.locale,
                type_key=request.GET.get("type", "").strip()[:50],
                page_number=request.GET.get("page"),
            )
            if query.searchable and is_new_search(request):
                language = self.locale.language_code
                page_cache.call_on_every_serve(request, count_search, query.text, language)
        return context
