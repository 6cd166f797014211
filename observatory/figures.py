"""The observatory's charts, counted from the live public content of one language.

One function per chart; each returns a `Figure`: a title, a description and rows of
(label, count, url of the listing that lists what the row counts). Every count is an
aggregate (values/annotate/Count or Sum): the queries are the same few however much
content there is. Counts match the listings the rows link to:

- stories by sector, organisation form and SDG: the story listing with that filter
  (and the chosen country, whose regions it includes);
- stories by region of Spain and France, drawn as the region map (`observatory.map`):
  the story listing filtered by the region, whatever the country chosen, since the map
  draws both countries;
- events per month: the upcoming listing for this month and later months, the archive
  for earlier ones, with `?month=` (and the country); each type a part of the month;
- module downloads per month and per education level: sums of the aggregate daily
  counts (`curriculum.DownloadCount`), never anything about a person;
- the share of stories, modules and events available in each language of the site.

    figures = observatory_figures(locale, selection)   # {chart slug: Figure}
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import freshness
from core.models import Territory
from core.querysets import pages
from curriculum.models import CurriculumIndexPage, DownloadCount, ModulePage
from events.models import EventIndexPage, EventPage
from observatory.selection import add_months
from stories.models import StoryIndexPage, StoryPage


@dataclass(frozen=True)
class Row:
    label: str
    count: int
    url: str = ""
    parts: tuple = ()  # (label, count, url) of what makes up the row: a month's event types
    code: str = ""  # a region's ISO 3166-2 code, where the rows are regions


@dataclass(frozen=True)
class Figure:
    slug: str
    title: str
    description: str
    rows: tuple
    listing_url: str = ""
    unit: str = ""
    parts_label: str = ""
    drawing: str = "bars"  # or "map": the rows are regions, drawn on the region map

    @property
    def total(self):
        return sum(row.count for row in self.rows)

    @property
    def largest(self):
        return max((row.count for row in self.rows), default=0)


@dataclass(frozen=True)
class Indexes:
    """The listings of one language the charts link to (None where there is none)."""

    stories: object = None
    modules: object = None
    events: object = None
    urls: dict = field(default_factory=dict)

    @classmethod
    def of(cls, locale):
        found = {
            name: model.objects.live().public().filter(locale=locale).first()
            for name, model in (
                ("stories", StoryIndexPage),
                ("modules", CurriculumIndexPage),
                ("events", EventIndexPage),
            )
        }
        return cls(**found, urls={name: page.url if page else "" for name, page in found.items()})


def listing_url(base, **params):
    """`base` with the non-empty `params` as its query string ("" when there is no listing)."""
    if not base:
        return ""
    query = urlencode({name: value for name, value in params.items() if value})
    return f"{base}?{query}" if query else base


def country_q(country, lookup="territory"):
    """What the listings' territory filter keeps for a country: it and its regions."""
    if country is None:
        return Q()
    return Q(**{lookup: country}) | Q(**{f"{lookup}__parent": country})


def chosen_stories(indexes, selection):
    if indexes.stories is None:
        return StoryPage.objects.none()
    return indexes.stories.stories().filter(country_q(selection.country))


def story_rows(
    stories, indexes, selection, name, slug, param, value_lookup=None, order=None, label=None
):
    """Stories counted per term of one vocabulary field (`name`/`slug` lookups)."""
    value_lookup = value_lookup or slug
    lookups = dict.fromkeys([name, slug, value_lookup, *(order or [])])
    rows = stories.order_by().values(*lookups).annotate(n=Count("pk", distinct=True))
    ordering = (
        (lambda row: tuple(row[key] for key in order))
        if order
        else (lambda row: (-row["n"], row[name]))
    )
    country = country_slug(selection)
    return tuple(
        Row(
            label(row) if label else row[name],
            row["n"],
            listing_url(
                indexes.urls["stories"], **{param: row[value_lookup], "territory": country}
            ),
        )
        for row in sorted((row for row in rows if row[slug] is not None), key=ordering)
    )


def stories_by_sector(stories, indexes, selection):
    return Figure(
        slug="sectors",
        title=_("Initiatives by sector"),
        description=_(
            "Success stories published in each sector; a story in two sectors counts in both."
        ),
        rows=story_rows(stories, indexes, selection, "sectors__name", "sectors__slug", "sector"),
        listing_url=listing_url(indexes.urls["stories"], territory=country_slug(selection)),
        unit=_("stories"),
    )


def stories_by_form(stories, indexes, selection):
    return Figure(
        slug="forms",
        title=_("Initiatives by organisation form"),
        description=_("Success stories published for each form of organisation."),
        rows=story_rows(
            stories,
            indexes,
            selection,
            "organisation_form__name",
            "organisation_form__slug",
            "form",
        ),
        listing_url=listing_url(indexes.urls["stories"], territory=country_slug(selection)),
        unit=_("stories"),
    )


def stories_by_sdg(stories, indexes, selection):
    return Figure(
        slug="sdgs",
        title=_("Initiatives by Sustainable Development Goal"),
        description=_(
            "Success stories published for each goal, in the goals' order; "
            "a story working towards several goals counts for each."
        ),
        rows=story_rows(
            stories,
            indexes,
            selection,
            "sdgs__name",
            "sdgs__slug",
            "sdg",
            value_lookup="sdgs__number",
            order=["sdgs__number"],
            label=lambda row: f"{row['sdgs__number']}. {row['sdgs__name']}",
        ),
        listing_url=listing_url(indexes.urls["stories"], territory=country_slug(selection)),
        unit=_("stories"),
    )


MAPPED_COUNTRIES = ("ES", "FR")  # ISO codes of the countries the region map draws


def stories_by_region(indexes, locale):
    """Each region of Spain and France with its live stories: one aggregate, whatever
    their number. A region has no regions of its own, so its count is the story
    listing's for it."""
    stories = indexes.stories.stories() if indexes.stories else StoryPage.objects.none()
    counts = dict(
        stories.order_by().values_list("territory").annotate(n=Count("pk", distinct=True))
    )
    regions = Territory.objects.filter(
        locale=locale, kind=Territory.Kind.REGION, parent__code__in=MAPPED_COUNTRIES
    ).order_by("code")
    return Figure(
        slug="regions",
        title=_("Initiatives by region"),
        description=_(
            "Each region of Spain and France, shaded by its number of initiatives (every "
            "country, whichever is chosen above); follow a region to its stories."
        ),
        rows=tuple(
            Row(
                label=region.name,
                count=counts.get(region.pk, 0),
                url=listing_url(indexes.urls["stories"], territory=region.slug),
                code=region.code,
            )
            for region in regions
        ),
        listing_url=indexes.urls.get("stories", ""),
        unit=_("stories"),
        drawing="map",
    )


def country_slug(selection):
    return selection.country.slug if selection.country else ""


def month_label(month):
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


def events_per_month(indexes, selection, now):
    """Events with a date starting in each month, by type. Months that have begun before
    this one count the archive's events; this month and later ones, the upcoming ones."""
    months = selection.months
    base = indexes.events.events() if indexes.events else EventPage.objects.none()
    base = base.filter(country_q(selection.country))
    counted = {}
    for upcoming, events in ((True, base.upcoming(now)), (False, base.past(now))):
        rows = (
            events.order_by()
            .annotate(month=TruncMonth("occurrences__starts_at"))
            .values("month", "event_type__name", "event_type__slug")
            .annotate(n=Count("pk", distinct=True))
        )
        for row in rows:
            if row["month"] is None:
                continue
            key = (upcoming, timezone.localtime(row["month"]).date().replace(day=1))
            counted.setdefault(key, []).append(row)
    country = country_slug(selection)
    current = selection.current_month
    index_url = indexes.urls["events"]
    result = []
    for month in months:
        upcoming = month >= current
        base_url = index_url if upcoming or not index_url else f"{index_url}archive/"
        month_value = month.strftime("%Y-%m")
        types = sorted(
            counted.get((upcoming, month), []),
            key=lambda row: (-row["n"], row["event_type__name"] or ""),
        )
        parts = tuple(
            (
                row["event_type__name"] or _("No type"),
                row["n"],
                listing_url(
                    base_url, type=row["event_type__slug"], month=month_value, territory=country
                )
                if row["event_type__slug"]
                else "",
            )
            for row in types
        )
        result.append(
            Row(
                month_label(month),
                sum(part[1] for part in parts),
                listing_url(base_url, month=month_value, territory=country),
                parts,
            )
        )
    return Figure(
        slug="events",
        title=_("Events per month"),
        description=(
            _("Events with a date in each month of %(year)s, by type.") % {"year": selection.year}
            if selection.year
            else _("Events with a date in each of the last 12 months and the next 6, by type.")
        ),
        rows=tuple(result),
        listing_url=listing_url(index_url, territory=country),
        unit=_("events"),
        parts_label=_("By type"),
    )


def downloads(indexes, selection):
    """The aggregate daily download counts of this language's live modules, within the
    months shown that have begun."""
    months = selection.past_months
    if indexes.modules is None or not months:
        return DownloadCount.objects.none()
    return DownloadCount.objects.filter(
        page__in=indexes.modules.modules().values("pk"),
        day__gte=months[0],
        day__lt=add_months(months[-1], 1),
    )


def downloads_per_month(indexes, selection):
    months = selection.past_months
    totals = {}
    for row in (
        downloads(indexes, selection)
        .order_by()
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(n=Sum("count"))
    ):
        totals[row["month"]] = row["n"] or 0
    return Figure(
        slug="downloads",
        title=_("Module downloads per month"),
        description=_(
            "How many times the modules' files and packs were downloaded each month: "
            "daily totals only, nothing about who downloaded."
        ),
        rows=tuple(
            Row(month_label(month), totals.get(month, 0), indexes.urls["modules"])
            for month in months
        ),
        listing_url=indexes.urls["modules"],
        unit=_("downloads"),
    )


def downloads_per_level(indexes, selection):
    rows = (
        downloads(indexes, selection)
        .order_by()
        .values("page__education_levels__name", "page__education_levels__slug")
        .annotate(n=Sum("count"))
    )
    return Figure(
        slug="levels",
        title=_("Module downloads per education level"),
        description=_(
            "Downloads of the modules for each education level over the months shown; "
            "a module for two levels counts for both."
        ),
        rows=tuple(
            Row(
                row["page__education_levels__name"],
                row["n"] or 0,
                listing_url(indexes.urls["modules"], level=row["page__education_levels__slug"]),
            )
            for row in sorted(
                (row for row in rows if row["page__education_levels__slug"] is not None),
                key=lambda row: (-(row["n"] or 0), row["page__education_levels__name"]),
            )
        ),
        listing_url=indexes.urls["modules"],
        unit=_("downloads"),
    )


def languages_share():
    """The stories, modules and events live in each language, out of every one live in
    at least one language (counted by translation key)."""
    types = ContentType.objects.get_for_models(StoryPage, ModulePage, EventPage).values()
    content = pages().live().public().filter(content_type__in=[t.pk for t in types])
    per_language = dict(
        content.order_by().values_list("locale__language_code").annotate(n=Count("pk"))
    )
    items = content.order_by().aggregate(n=Count("translation_key", distinct=True))["n"]
    rows = []
    for code, name in settings.LANGUAGES:
        count = per_language.get(code, 0)
        share = round(100 * count / items) if items else 0
        rows.append(Row(f"{name} ({share} %)", count, f"/{code}/"))
    return Figure(
        slug="languages",
        title=_("Content available in each language"),
        description=_(
            "Stories, modules and events published in each language, out of %(count)s "
            "published in at least one."
        )
        % {"count": items},
        rows=tuple(rows),
        unit=_("pages"),
    )


def observatory_figures(locale, selection):
    """{chart slug: Figure} for `locale` and the visitor's selection, kept until the content
    (or the clock, for events) changes."""
    language = locale.language_code

    def compute():
        with override(language):
            return count_figures(locale, selection, timezone.now())

    key = (*selection.key, selection.current_month.isoformat())
    return freshness.cached("observatory", locale.pk, language, *key, compute=compute)


def count_figures(locale, selection, now):
    indexes = Indexes.of(locale)
    stories = chosen_stories(indexes, selection)
    charts = [
        stories_by_sector(stories, indexes, selection),
        stories_by_form(stories, indexes, selection),
        stories_by_sdg(stories, indexes, selection),
        stories_by_region(indexes, locale),
        events_per_month(indexes, selection, now),
        downloads_per_month(indexes, selection),
        downloads_per_level(indexes, selection),
        languages_share(),
    ]
    return {chart.slug: chart for chart in charts}
