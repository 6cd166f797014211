"""/sitemap.xml: every live public page of every language, each with its translations.

Wagtail's own sitemap walks the site root's tree only, which is the Spanish
home; the French and English homes are its translations, side by side in the
page tree, so their trees are added here. Each `<url>` lists the page's live
translations as `xhtml:link rel="alternate"` (itself included, plus x-default,
as `core.languages.alternate_urls` does in the page head). The translations
come from the same list of pages, grouped by translation key: the number of
queries does not grow with the number of pages.

A page type may list other addresses than its own, or none, with a
`sitemap_entries()` method returning `SitemapEntry` items: a routable index adds
its sub-pages (each with the key that pairs it with its translations), a search
page leaves itself out.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class SitemapEntry:
    """One address of a page: the page's own (`suffix` "") or one of its routes.

    `key` pairs the entry with the same entry of the page's translations (for a
    route whose path differs per language, such as a sector's slug).
    """

    page: Page
    suffix: str = ""
    key: object = None

    @property
    def translation_key(self):
        return (self.page.translation_key, self.key)


def sitemap_entries(page):
    entries = getattr(page, "sitemap_entries", None)
    return entries() if entries is not None else [SitemapEntry(page)]


class MultilingualSitemap(Sitemap):
    def __init__(self, request=None):
        super().__init__(request)
        self._pages = None
        self._urls_by_key = None

    def items(self):
        if self._pages is None:
            roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
            in_a_language_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
            pages = (
                Page.objects.filter(in_a_language_tree)
                .live()
                .public()
                .order_by("path")
                .defer_streamfields()
                .specific()
            )
            self._pages = [entry for page in pages for entry in sitemap_entries(page)]
        return self._pages

    def location(self, obj):
        return self.request.build_absolute_uri(obj.page.get_url(self.request) + obj.suffix)

    def lastmod(self, obj):
        return super().lastmod(obj.page)

    def translations(self):
        """{entry key: {language code: absolute URL}} for every listed entry."""
        if self._urls_by_key is None:
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            self._urls_by_key = defaultdict(dict)
            for entry in self.items():
                language = languages[entry.page.locale_id]
                self._urls_by_key[entry.translation_key][language] = self.location(entry)
        return self._urls_by_key

    def alternates_for(self, entry):
        urls = self.translations()[entry.translation_key]
        alternates = [
            {"lang_code": code, "location": urls[code]}
            for code, _name in settings.LANGUAGES
            if code in urls
        ]
        default = urls.get(settings.LANGUAGE_CODE) or self.location(entry)
        alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": self.lastmod(item),
                    "alternates": self.alternates_for(item),
                }
            )
        lastmods = {url["lastmod"] for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
