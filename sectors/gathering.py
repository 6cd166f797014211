"""Which stories, modules and events belong to a sector, in one language.

Stories carry their sectors. Modules and events do not: a module belongs to the
sectors of the stories it uses as case studies (found through Wagtail's
reference index, which records every page a StreamField chooses), an event to
the sectors of the initiatives (stories) taking part in it. Stories are matched
by translation key, so a French module that still points at the Spanish story
counts for the French sector too.

Finding a sector's modules and events goes through every story of the sector,
so the answer — a short list of ids, or the counts of every sector — is kept
until the content changes (`core.freshness.cached`). Showing a sector page then
costs a fixed number of queries: one per kind of card, and their prefetches.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from core import freshness
from curriculum.models import ModulePage
from events.models import EventPage, EventParticipant
from stories.models import StoryPage

MAX_ITEMS_PER_KIND = 24


def live_stories(locale):
    return StoryPage.objects.live().public().filter(locale=locale)


def sector_story_keys(sector):
    """The translation keys of the live stories of the sector's language in the sector."""
    return live_stories(sector.locale_id).filter(sectors=sector).values("translation_key")


def module_ids_touching(story_keys, locale):
    """Live modules of `locale` that use one of these stories (any language) as a case study."""
    story_ids = (
        StoryPage.objects.filter(translation_key__in=story_keys)
        .annotate(text_id=Cast("pk", CharField()))
        .values("text_id")
    )
    referencing = (
        ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(ModulePage),
            to_content_type=ContentType.objects.get_for_model(Page),
            to_object_id__in=story_ids,
        )
        .annotate(module_id=Cast("object_id", IntegerField()))
        .values("module_id")
    )
    return ModulePage.objects.live().public().filter(locale=locale, pk__in=referencing)


def events_touching(story_keys, locale):
    """Live events of `locale` in which one of these stories takes part."""
    return (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, participants__page__translation_key__in=story_keys)
        .distinct()
    )


class SectorGathering:
    """One sector's stories, modules and events, in the sector's language."""

    def __init__(self, sector):
        self.sector = sector
        self.locale = sector.locale_id

    def stories(self):
        return (
            live_stories(self.locale)
            .filter(sectors=self.sector)
            .for_cards()
            .newest_first()[:MAX_ITEMS_PER_KIND]
        )

    def modules(self):
        def module_ids():
            modules = module_ids_touching(sector_story_keys(self.sector), self.locale)
            return list(modules.alphabetical().values_list("pk", flat=True)[:MAX_ITEMS_PER_KIND])

        ids = freshness.cached("sector-modules", self.sector.pk, compute=module_ids)
        return ModulePage.objects.filter(pk__in=ids).for_cards().alphabetical()

    def events(self):
        """Upcoming events first, soonest first; then past ones, latest first."""
        now = timezone.now()

        def event_ids():
            events = events_touching(sector_story_keys(self.sector), self.locale)
            upcoming = events.upcoming(now).soonest_first(now).values_list("pk", flat=True)
            past = events.past(now).latest_first().values_list("pk", flat=True)
            return list(upcoming[:MAX_ITEMS_PER_KIND]), list(past[:MAX_ITEMS_PER_KIND])

        upcoming_ids, past_ids = freshness.cached(
            "sector-events", self.sector.pk, compute=event_ids
        )
        events = EventPage.objects.all()
        upcoming = events.filter(pk__in=upcoming_ids).soonest_first(now)
        past = events.filter(pk__in=past_ids).latest_first()
        return (
            list(upcoming.for_cards(upcoming_since=now)),
            list(past.for_cards()),
        )


def story_keys_by_sector(locale):
    """{sector id: {story translation keys}} for the live stories of `locale` (one query)."""
    rows = StoryPage.sectors.through.objects.filter(
        storypage__in=live_stories(locale), sector__locale=locale
    ).values_list("sector_id", "storypage__translation_key")
    keys = defaultdict(set)
    for sector_id, story_key in rows:
        keys[sector_id].add(story_key)
    return keys


def module_story_keys(locale):
    """{module id: {translation keys of the stories it uses as case studies}} (two queries)."""
    rows = ReferenceIndex.objects.filter(
        content_type=ContentType.objects.get_for_model(ModulePage),
        to_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=ModulePage.objects.live()
        .public()
        .filter(locale=locale)
        .annotate(text_id=Cast("pk", CharField()))
        .values("text_id"),
    ).values_list("object_id", "to_object_id")
    rows = list(rows)
    story_keys = dict(
        StoryPage.objects.filter(pk__in={int(to_id) for _, to_id in rows}).values_list(
            "pk", "translation_key"
        )
    )
    keys = defaultdict(set)
    for module_id, story_id in rows:
        if int(story_id) in story_keys:
            keys[int(module_id)].add(story_keys[int(story_id)])
    return keys


def event_story_keys(locale):
    """{event id: {translation keys of its participating stories}} (one query)."""
    rows = EventParticipant.objects.filter(
        event__in=EventPage.objects.live().public().filter(locale=locale)
    ).values_list("event_id", "page__translation_key")
    keys = defaultdict(set)
    for event_id, story_key in rows:
        keys[event_id].add(story_key)
    return keys


def count_sector_items(locale):
    """{sector id: {"stories": n, "modules": n, "events": n}} in four queries."""
    stories_by_sector = story_keys_by_sector(locale)
    by_module, by_event = module_story_keys(locale), event_story_keys(locale)
    return {
        sector_id: {
            "stories": len(keys),
            "modules": sum(1 for module_keys in by_module.values() if module_keys & keys),
            "events": sum(1 for event_keys in by_event.values() if event_keys & keys),
        }
        for sector_id, keys in stories_by_sector.items()
    }


def sector_counts(sectors, locale):
    """[(sector, {"stories": n, "modules": n, "events": n})] for each sector, the counts
    kept until the content changes."""
    counts = freshness.cached(
        "sector-counts", locale.pk, compute=lambda: count_sector_items(locale)
    )
    empty = {"stories": 0, "modules": 0, "events": 0}
    return [(sector, counts.get(sector.pk, empty)) for sector in sectors]
