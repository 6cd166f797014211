"""Filtering, facet counts and pagination for listing pages, from the query string.

One helper for every listing (stories, modules, events): give it the base
queryset, the request's query string and the facets the listing offers; it
returns the page of results to show and, for each facet, its options with
the number of results each would give together with the other active filters.

    listing = FilteredListing(
        queryset=StoryPage.objects.child_of(index).live().public(),
        params=request.GET,
        facets=[
            TermFacet("sector", _("Sector"), Sector, "sectors", locale),
            ChoiceFacet("duration", _("Duration"), [
                Choice("short", _("Up to 1 hour"), Q(duration_minutes__lte=60)),
                Choice("long", _("More than 1 hour"), Q(duration_minutes__gt=60)),
            ]),
        ],
        display=lambda stories: stories.for_cards().newest_first(),
        cache_key=("stories", index.pk),
    )
    listing.page           # a Django Page of results (12 by default)
    listing.facet_results  # per facet: options with counts, links, selection
    listing.active         # the active filters, each with the link that removes it

Within one facet, several values widen the result (sector=a&sector=b: either);
different facets narrow it (sector=a&territory=b: both). Values the listing
does not know (a misspelt slug, a term of another language) are ignored;
`page=abc`, `page=0` or `page=99999` give the nearest page that exists.
Queries: one count and one page of results, plus one aggregate per facet,
whatever the number of items; vocabulary terms come from memory. With a
`cache_key` (what the listing lists: ("stories", index id)), the count and the
aggregates — whose cost grows with the content — are kept until the content
changes (`core.freshness.cached`), per combination of filters.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict

from core import freshness
from core.sorting import folded

MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
PAGE_PARAM = "page"


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str
    level: int = 0


@dataclass(frozen=True)
class FacetResult:
    name: str
    label: str
    options: list[FacetOption]

    @property
    def has_options(self):
        return bool(self.options)


@dataclass(frozen=True)
class ActiveFilter:
    facet_label: str
    label: str
    remove_url: str


class Facet:
    """A filter on the listed items, offered as a list of options.

    An option is anything with a `pk`; subclasses say how options are found
    from the values in the URL (`find_options`) and by id (`options_for`), how
    they are named (`option_value`, `option_label`), how many items each has
    (`counts`) and how a selection filters the items (`filter_q`).
    """

    max_options = None  # show only the options with most results (and the selected ones)

    def __init__(self, name, label, lookup):
        self.name = name
        self.label = label
        self.lookup = lookup

    def find_options(self, values):
        raise NotImplementedError

    def options_for(self, ids):
        raise NotImplementedError

    def option_value(self, option):
        raise NotImplementedError

    def option_label(self, option):
        return str(option)

    def option_level(self, option):
        return 0

    def sort_key(self, option):
        return folded(self.option_label(option))

    def filter_q(self, selected_ids):
        return Q(**{f"{self.lookup}__in": selected_ids})

    def counts(self, queryset):
        """{option id: number of items} for the items in `queryset`."""
        rows = (
            queryset.order_by()
            .values(self.lookup)
            .annotate(n=Count("pk", distinct=True))
            .values_list(self.lookup, "n")
        )
        return {option_id: n for option_id, n in rows if option_id is not None}


class ModelFacet(Facet):
    """A facet whose options are rows of a model, named in URLs by `value_field`."""

    value_field = "slug"

    def options_queryset(self):
        raise NotImplementedError

    def valid_values(self, values):
        """The values that could name an option: a number where numbers are expected,
        within the database's range, so a bad value never reaches SQL."""
        field = self.options_queryset().model._meta.get_field(self.value_field)
        valid = []
        for value in values:
            try:
                valid.append(field.clean(value, None))
            except ValidationError:
                continue
        return valid

    def find_options(self, values):
        values = self.valid_values(values)
        if not values:
            return []
        return list(self.options_queryset().filter(**{f"{self.value_field}__in": values}))

    def options_for(self, ids):
        return list(self.options_queryset().filter(pk__in=ids))

    def option_value(self, option):
        return str(getattr(option, self.value_field))


@dataclass(frozen=True)
class Choice:
    """A fixed option of a ChoiceFacet: its URL value, its label and the items it keeps."""

    pk: str
    label: str
    q: Q


class ChoiceFacet(Facet):
    """A facet over fixed choices computed from the items (a duration band, a month…).

    Counting every choice takes one aggregate query.
    """

    def __init__(self, name, label, choices):
        super().__init__(name, label, lookup=None)
        self.choices = {choice.pk: choice for choice in choices}

    def find_options(self, values):
        return [self.choices[value] for value in values if value in self.choices]

    def options_for(self, ids):
        return [self.choices[pk] for pk in ids if pk in self.choices]

    def option_value(self, option):
        return option.pk

    def option_label(self, option):
        return str(option.label)

    def sort_key(self, option):
        return list(self.choices).index(option.pk)

    def filter_q(self, selected_ids):
        q = Q()
        for pk in selected_ids:
            q |= self.choices[pk].q
        return q

    def counts(self, queryset):
        totals = queryset.order_by().aggregate(
            **{
                f"choice_{index}": Count("pk", filter=choice.q, distinct=True)
                for index, choice in enumerate(self.choices.values())
            }
        )
        return {
            choice.pk: totals[f"choice_{index}"]
            for index, choice in enumerate(self.choices.values())
        }


@dataclass(frozen=True)
class Value:
    """An option of a ValueFacet: a value of a plain field, shown as it is written."""

    pk: str

    def __str__(self):
        return self.pk


class ValueFacet(Facet):
    """A facet over the values a text field takes among the items (a city…); with
    `max_options`, only the values with most items are offered."""

    def __init__(self, name, label, lookup, max_options=None):
        super().__init__(name, label, lookup)
        self.max_options = max_options

    def find_options(self, values):
        return [Value(value) for value in values]

    def options_for(self, ids):
        return [Value(value) for value in ids]

    def option_value(self, option):
        return option.pk

    def counts(self, queryset):
        return {value: n for value, n in super().counts(queryset).items() if value != ""}


class TermFacet(ModelFacet):
    """A facet over a vocabulary snippet (Sector, Territory, …) in one locale."""

    def __init__(self, name, label, model, lookup, locale, value_field="slug"):
        super().__init__(name, label, lookup)
        self.model = model
        self.locale = locale
        self.value_field = value_field

    def options_queryset(self):
        return self.model.objects.filter(locale=self.locale)

    def terms(self):
        """{id: term} of the vocabulary in this locale, remembered until the content changes."""
        return freshness.remember(
            "terms",
            self.model._meta.label,
            self.locale.pk,
            compute=lambda: {term.pk: term for term in self.options_queryset()},
        )

    def find_options(self, values):
        wanted = {str(value) for value in self.valid_values(values)}
        return [term for term in self.terms().values() if self.option_value(term) in wanted]

    def options_for(self, ids):
        terms = self.terms()
        return [terms[pk] for pk in ids if pk in terms]

    def sort_key(self, option):
        return option.filter_order


class TerritoryFacet(TermFacet):
    """Territories: choosing a country also finds the stories of its regions."""

    def __init__(self, name, label, model, lookup, locale):
        super().__init__(name, label, model, lookup, locale)

    def options_queryset(self):
        return super().options_queryset().select_related("parent")

    def option_level(self, option):
        return 1 if option.parent_id else 0

    def filter_q(self, selected_ids):
        return Q(**{f"{self.lookup}__in": selected_ids}) | Q(
            **{f"{self.lookup}__parent__in": selected_ids}
        )

    def counts(self, queryset):
        counts = {}
        rows = (
            queryset.order_by()
            .values(self.lookup, f"{self.lookup}__parent")
            .annotate(n=Count("pk", distinct=True))
            .values_list(self.lookup, f"{self.lookup}__parent", "n")
        )
        for territory_id, parent_id, n in rows:
            if territory_id is None:
                continue
            counts[territory_id] = counts.get(territory_id, 0) + n
            if parent_id is not None:
                counts[parent_id] = counts.get(parent_id, 0) + n
        return counts


class TagFacet(ModelFacet):
    """Free tags (django-taggit) of the listed items: the most used ones."""

    max_options = 15

    def __init__(self, name, label, tag_model, lookup="tags"):
        super().__init__(name, label, lookup)
        self.tag_model = tag_model

    def options_queryset(self):
        return self.tag_model.objects.all()


def clean_values(params, name):
    """The distinct, plausibly sized values given for one parameter, in order."""
    seen = []
    for value in params.getlist(name)[: MAX_VALUES_PER_FACET * 2]:
        value = value.strip()
        if value and len(value) <= MAX_VALUE_LENGTH and "\x00" not in value and value not in seen:
            seen.append(value)
    return seen[:MAX_VALUES_PER_FACET]


@dataclass
class FilteredListing:
    queryset: object
    params: QueryDict
    facets: list
    per_page: int = 12
    display: object = None  # prepares the shown page's queryset: select_related, order…
    cache_key: tuple = None  # what is listed, to keep counts until the content changes
    page: object = field(init=False)
    active: list = field(init=False)

    def __post_init__(self):
        self._selected = {}  # facet name → {option id: option}
        for facet in self.facets:
            options = facet.find_options(clean_values(self.params, facet.name))
            self._selected[facet.name] = {option.pk: option for option in options}

        filtered = self.queryset.filter(self._filters_except(None))
        if self.display is not None:
            filtered = self.display(filtered)
        self.page = self._page_of(filtered)
        self.active = [
            ActiveFilter(
                facet_label=str(facet.label),
                label=facet.option_label(option),
                remove_url=self._url_toggling(facet, facet.option_value(option)),
            )
            for facet in self.facets
            for option in self._selected[facet.name].values()
        ]

    def _page_of(self, ordered):
        """The requested page of `ordered`: the ids of that page first (a narrow query, quick
        however deep the page), then those items with everything their cards show."""
        paginator = Paginator(ordered.values_list("pk", flat=True), self.per_page)
        paginator.count = self._kept("count", self._selection(None), compute=ordered.count)
        page = paginator.get_page(self.params.get(PAGE_PARAM))
        ids = list(page.object_list)
        items = {item.pk: item for item in ordered.filter(pk__in=ids)}
        page.object_list = [items[pk] for pk in ids if pk in items]
        return page

    @cached_property
    def facet_results(self):
        """Made when the filters are shown, not when they come from the fragment cache."""
        return [self._facet_result(facet) for facet in self.facets]

    @property
    def fragment_key(self):
        """What the filters' HTML depends on, for a template fragment cache: what is listed,
        the filters chosen, and the content and clock they were counted under."""
        if self.cache_key is None:
            return None
        moment = freshness.next_change()
        return "|".join(
            map(str, (*self.cache_key, self._selection(None), freshness.current(), moment))
        )

    @property
    def total(self):
        return self.page.paginator.count

    @property
    def is_filtered(self):
        return bool(self.active)

    @property
    def clear_url(self):
        return "?"

    def page_url(self, number):
        params = self._params_without(PAGE_PARAM)
        if number != 1:
            params[PAGE_PARAM] = str(number)
        return "?" + params.urlencode() if params else "?"

    @property
    def previous_url(self):
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""

    def _filters_except(self, excluded):
        q = Q()
        for facet in self.facets:
            selected = self._selected[facet.name]
            if facet.name != excluded and selected:
                q &= facet.filter_q(list(selected))
        return q

    def _selection(self, excluded):
        """The active filters but one facet's, as plain values (part of a cache key)."""
        return tuple(
            (facet.name, tuple(sorted(map(str, self._selected[facet.name]))))
            for facet in self.facets
            if facet.name != excluded and self._selected[facet.name]
        )

    def _kept(self, *key, compute):
        if self.cache_key is None:
            return compute()
        return freshness.cached("listing", *self.cache_key, *key, compute=compute)

    def _facet_result(self, facet):
        counts = self._kept(
            "facet",
            facet.name,
            self._selection(facet.name),
            compute=lambda: facet.counts(self.queryset.filter(self._filters_except(facet.name))),
        )
        selected = self._selected[facet.name]
        if facet.max_options:
            most = sorted(counts, key=lambda option_id: -counts[option_id])[: facet.max_options]
            counts = {option_id: counts[option_id] for option_id in most}
        wanted = set(counts) | set(selected)
        options = sorted(
            (
                option
                for option in facet.options_for(wanted)
                if counts.get(option.pk) or option.pk in selected
            ),
            key=facet.sort_key,
        )
        return FacetResult(
            name=facet.name,
            label=str(facet.label),
            options=[
                FacetOption(
                    value=facet.option_value(option),
                    label=facet.option_label(option),
                    count=counts.get(option.pk, 0),
                    selected=option.pk in selected,
                    url=self._url_toggling(facet, facet.option_value(option)),
                    level=facet.option_level(option),
                )
                for option in options
            ],
        )

    def _params_without(self, *names):
        params = QueryDict(mutable=True)
        for facet in self.facets:
            if facet.name in names:
                continue
            values = [facet.option_value(option) for option in self._selected[facet.name].values()]
            if values:
                params.setlist(facet.name, values)
        if PAGE_PARAM not in names and self.params.get(PAGE_PARAM):
            params[PAGE_PARAM] = str(self.page.number)
        return params

    def _url_toggling(self, facet, value):
        """The listing's URL with this option switched on or off, back on page 1."""
        params = self._params_without(PAGE_PARAM)
        values = params.getlist(facet.name)
        value = str(value)
        values = [v for v in values if v != value] if value in values else [*values, value]
        params.setlist(facet.name, values)
        if not values:
            del params[facet.name]
        return "?" + params.urlencode() if params else "?"
