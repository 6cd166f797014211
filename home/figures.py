"""The home page's key figures, counted from the live content of one language.

Five queries whatever the amount of content: stories published, stories per
sector (the top sectors), events in the coming days, and the sector and story
indexes the sector figures link to. Counting grows with the content, so the
figures are kept until it changes.
"""

import datetime
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.db.models import Count, Exists, OuterRef
from django.utils import timezone

from core import freshness
from events.models import EventOccurrence, EventPage
from sectors.models import SectorIndexPage
from stories.models import StoryIndexPage, StoryPage

TOP_SECTORS = 5
EVENT_HORIZON_DAYS = 30


@dataclass(frozen=True)
class SectorFigure:
    name: str
    slug: str
    count: int
    url: str = ""


@dataclass(frozen=True)
class KeyFigures:
    stories: int
    sectors: list
    events_soon: int
    story_index_url: str
    horizon_days: int = EVENT_HORIZON_DAYS


def stories_per_sector(stories, limit=TOP_SECTORS):
    through = StoryPage.sectors.through
    rows = (
        through.objects.filter(storypage__in=stories.values("pk"))
        .values("sector__name", "sector__slug")
        .annotate(count=Count("storypage", distinct=True))
        .order_by("-count", "sector__name")[:limit]
    )
    return [SectorFigure(row["sector__name"], row["sector__slug"], row["count"]) for row in rows]


def events_starting_within(locale, now, days):
    """Events with a date that has not ended and starts within `days` days."""
    soon = EventOccurrence.objects.filter(
        page=OuterRef("pk"), ends_at__gte=now, starts_at__lt=now + datetime.timedelta(days=days)
    )
    return EventPage.objects.live().public().filter(locale=locale).filter(Exists(soon))


def key_figures(locale, now=None):
    """The figures of `locale` as of `now`; as of the present moment, they are kept until
    the content changes or an event comes within the horizon (core.freshness)."""
    if now is not None:
        return count_figures(locale, now)
    return freshness.cached(
        "key-figures", locale.pk, compute=lambda: count_figures(locale, timezone.now())
    )


def count_figures(locale, now):
    stories = StoryPage.objects.live().public().filter(locale=locale)
    index = StoryIndexPage.objects.live().public().filter(locale=locale).first()
    sector_index = SectorIndexPage.objects.live().public().filter(locale=locale).first()
    return KeyFigures(
        stories=stories.count(),
        sectors=[
            replace(figure, url=sector_url(figure.slug, sector_index, index))
            for figure in stories_per_sector(stories)
        ],
        events_soon=events_starting_within(locale, now, EVENT_HORIZON_DAYS).count(),
        story_index_url=index.url if index else "",
    )


def sector_url(slug, sector_index, story_index):
    """The sector's own page, or else the stories filtered by the sector."""
    if sector_index is not None:
        return f"{sector_index.url}{slug}/"
    if story_index is not None:
        return f"{story_index.url}?{urlencode({'sector': slug})}"
    return ""
