"""/sitemap.xml: every live public page of every language, each with its translations.

Wagtail's own sitemap walks the site root's tree only, which is the Spanish
home; the French and English homes are its translations, side by side in the
page tree, so their trees are added here. Each `<url>` lists the page's live
translations as `xhtml:link rel="alternate"` (itself included, plus x-default,
as `core.languages.alternate_urls` does in the page head). The translations
come from the same list of pages, grouped by translation key: the number of
queries does not grow with the number of pages.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    def __init__(self, request=None):
        super().__init__(request)
        self._pages = None
        self._urls_by_key = None

    def items(self):
        if self._pages is None:
            roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
            in_a_language_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
            self._pages = list(
                Page.objects.filter(in_a_language_tree)
                .live()
                .public()
                .order_by("path")
                .defer_streamfields()
                .specific()
            )
        return self._pages

    def location(self, obj):
        return self.request.build_absolute_uri(obj.get_url(self.request))

    def translations(self):
        """{translation key: {language code: absolute URL}} for every listed page."""
        if self._urls_by_key is None:
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            self._urls_by_key = defaultdict(dict)
            for page in self.items():
                self._urls_by_key[page.translation_key][languages[page.locale_id]] = self.location(
                    page
                )
        return self._urls_by_key

    def alternates_for(self, page):
        urls = self.translations()[page.translation_key]
        alternates = [
            {"lang_code": code, "location": urls[code]}
            for code, _name in settings.LANGUAGES
            if code in urls
        ]
        default = urls.get(settings.LANGUAGE_CODE) or self.location(page)
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
