"""One search over the live, public pages of a locale: counts per type, the
results of the chosen type page by page, and the editors' promoted pages first.

Queries: one that counts the matches by page type, one for the page of results
shown (best first), one per page type on that page, one for the promotions and
their translations — whatever the number of pages stored.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import QueryDict
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core import freshness
from core.querysets import pages as pages_of_every_type
from core.translation import localized_choices
from search.highlight import highlighted
from search.languages import searching_in
from search.registry import available_types

RESULTS_PER_PAGE = 10


class RankedMatches:
    """The matches of a search, best first, for the paginator: it slices them, and only the
    page shown is fetched — as ids, kept until the content changes, so paging through a
    popular search does not rank its thousands of matches again. Their number is known
    already, from the count by page type."""

    def __init__(self, search, language_code, count):
        self.search = search
        self.language_code = language_code
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        def ranked_ids():
            with searching_in(self.language_code):
                return [hit.pk for hit in self.search.results[index]]

        return freshness.cached(
            "search-hits", *self.search.key, index.start, index.stop, compute=ranked_ids
        )


@dataclass(frozen=True)
class MatchingPages:
    """A search not run yet, and what names it in a cache key."""

    results: object
    key: tuple


@dataclass(frozen=True)
class TypeOption:
    key: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class Result:
    page: object
    type_label: str
    summary: str  # safe HTML, query words marked


def summary_text(page):
    for name in ("search_description", "summary", "introduction"):
        value = getattr(page, name, "")
        if value:
            return value
    return ""


def promoted_pages(query, locale):
    """The pages editors promoted for this query, in the visitor's locale: a
    promotion of another language's page shows that page's translation, when live."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query.text), page__isnull=False
    )
    return localized_choices(
        [promotion.page for promotion in promotions.select_related("page")],
        locale,
        queryset=pages_of_every_type().specific(),
    )


@dataclass
class SiteSearch:
    query: object  # search.query.VisitorQuery
    locale: object
    type_key: str = ""
    page_number: object = None
    per_page: int = RESULTS_PER_PAGE
    types: dict = field(init=False)
    type_options: list = field(init=False)
    page: object = field(init=False)
    results: list = field(init=False)
    promoted: list = field(init=False)
    unknown_type: bool = field(init=False)

    def __post_init__(self):
        self.types = available_types()
        known_keys = {kind.key for kind in self.types.values()}
        self.unknown_type = bool(self.type_key) and self.type_key not in known_keys
        searching = self.query.searchable and not self.unknown_type
        counts = self._counts() if searching else {}
        self.type_options = self._type_options(counts)
        wanted = [pk for pk, kind in self.types.items() if kind.key == self.type_key]
        total = sum(counts.get(pk, 0) for pk in (wanted or self.types))
        hits = self._hits(wanted or list(self.types), total) if searching else []
        self.page = Paginator(hits, self.per_page).get_page(self.page_number)
        self.results = self._results(list(self.page.object_list))
        self.promoted = promoted_pages(self.query, self.locale) if self.query.searchable else []

    @property
    def total(self):
        return self.page.paginator.count

    def _search(self, content_types):
        pages = (
            pages_of_every_type()
            .live()
            .public()
            .filter(locale=self.locale, content_type_id__in=content_types)
            .only("id", "content_type_id")
        )
        return MatchingPages(
            pages.search(self.query.search_string, operator="and"),
            key=(self.locale.pk, self.query.search_string, tuple(content_types)),
        )

    def _counts(self):
        """{content type id: number of matches}, counted by the database and kept until
        the content changes."""
        search = self._search(list(self.types))

        def count():
            with searching_in(self.locale.language_code):
                return dict(search.results.facet("content_type_id"))

        return freshness.cached("search-counts", *search.key, compute=count)

    def _hits(self, content_types, total):
        return RankedMatches(self._search(content_types), self.locale.language_code, total)

    def _results(self, ids):
        specific = {
            page.pk: page
            for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific()
        }
        language = self.locale.language_code
        return [
            Result(
                page=specific[pk],
                type_label=self.types[specific[pk].content_type_id].label,
                summary=highlighted(summary_text(specific[pk]), self.query.words, language),
            )
            for pk in ids
            if pk in specific
        ]

    def _url(self, type_key="", page_number=None):
        params = QueryDict(mutable=True)
        params["q"] = self.query.text
        if type_key:
            params["type"] = type_key
        if page_number and page_number != 1:
            params["page"] = str(page_number)
        return "?" + params.urlencode()

    def _type_options(self, counts):
        return [
            TypeOption(
                key=kind.key,
                label=str(kind.label),
                count=counts.get(pk, 0),
                selected=kind.key == self.type_key,
                url=self._url(kind.key),
            )
            for pk, kind in self.types.items()
            if counts.get(pk) or kind.key == self.type_key
        ]

    @property
    def all_types_url(self):
        return self._url()

    @property
    def all_count(self):
        return sum(option.count for option in self.type_options)

    def page_url(self, number):
        return self._url(self.type_key, number)

    @property
    def previous_url(self):
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""
