"""The place the region map draws from: each region of Spain and France with its number
of live stories in one language and the story listing filtered by it.

    region_counts(locale)   # [(Territory region, count, url), …], the 37 regions by code

One aggregate over the stories, whatever their number, kept until the content changes.
A region has no regions of its own, so its count is the story listing's for it.
"""

from django.db.models import Count

from core import freshness
from core.models import Territory
from observatory.figures import Indexes, listing_url
from stories.models import StoryPage

MAPPED_COUNTRIES = ("ES", "FR")  # ISO codes of the countries the region map draws


def mapped_regions(locale):
    """The regions of Spain and France in `locale`'s Territory vocabulary, by code."""
    return list(
        Territory.objects.filter(
            locale=locale, kind=Territory.Kind.REGION, parent__code__in=MAPPED_COUNTRIES
        ).order_by("code")
    )


def count_regions(locale):
    """(region, number of stories, story listing filtered by it) for each mapped region:
    one aggregate over the stories, whatever their number."""
    indexes = Indexes.of(locale)
    stories = indexes.stories.stories() if indexes.stories else StoryPage.objects.none()
    counts = dict(
        stories.order_by().values_list("territory").annotate(n=Count("pk", distinct=True))
    )
    return [
        (
            region,
            counts.get(region.pk, 0),
            listing_url(indexes.urls["stories"], territory=region.slug),
        )
        for region in mapped_regions(locale)
    ]


def region_counts(locale):
    """What the region map shows, kept until the content changes."""
    return freshness.cached("observatory-regions", locale.pk, compute=lambda: count_regions(locale))
