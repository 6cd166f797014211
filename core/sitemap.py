"""/sitemap.xml: every live public page of every language, each with its translations.

`/sitemap.xml` is a sitemap index; it points to `/sitemap-pages.xml`, in sections
of `PAGES_PER_SECTION` pages (`?p=2`, `?p=3`…), so each file costs the same to
make however large the site grows, and stays far below the 50,000 addresses a
crawler reads from one file.

Wagtail's own sitemap walks the site root's tree only, which is the Spanish
home; the French and English homes are its translations, side by side in the
page tree, so their trees are listed too. Each `<url>` lists the page's live
translations as `xhtml:link rel="alternate"` (itself included, plus x-default,
as `core.languages.alternate_urls` does in the page head), found in one query
for the pages of the section.

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
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from core.querysets import pages as pages_of_every_type

PAGES_PER_SECTION = 500


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
    limit = PAGES_PER_SECTION

    def live_pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_language_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            pages_of_every_type()
            .filter(in_a_language_tree)
            .live()
            .public()
            .defer_streamfields()
            .specific(defer=True)
        )

    def items(self):
        return self.live_pages().order_by("path")

    def location(self, obj):
        return self.request.build_absolute_uri(obj.page.get_url(self.request) + obj.suffix)

    def lastmod(self, obj):
        return super().lastmod(obj.page)

    def get_latest_lastmod(self):
        """When any listed page last changed, for the index (one aggregate, not a walk)."""
        latest = self.live_pages().aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )
        return latest["latest"]

    def translations_of(self, pages):
        """{entry key: {language code: absolute URL}} for the entries of these pages and of
        their translations (one query)."""
        keys = {page.translation_key for page in pages}
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        urls_by_key = defaultdict(dict)
        for page in self.live_pages().filter(translation_key__in=keys):
            for entry in sitemap_entries(page):
                urls_by_key[entry.translation_key][languages[page.locale_id]] = self.location(entry)
        return urls_by_key

    def alternates(self, entry, translations):
        urls = translations[entry.translation_key]
        alternates = [
            {"lang_code": code, "location": urls[code]}
            for code, _name in settings.LANGUAGES
            if code in urls
        ]
        default = urls.get(settings.LANGUAGE_CODE) or self.location(entry)
        alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = self.translations_of(pages)
        urls = [
            {
                "item": entry,
                "location": self.location(entry),
                "lastmod": self.lastmod(entry),
                "alternates": self.alternates(entry, translations),
            }
            for each in pages
            for entry in sitemap_entries(each)
        ]
        lastmods = {url["lastmod"] for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
