"""Which stories, modules and events belong to a sector, in one language.

Stories carry their sectors. Modules and events do not: a module belongs to the
sectors of the stories it uses as case studies (found through Wagtail's
reference index, which records every page a StreamField chooses), an event to
the sectors of the initiatives (stories) taking part in it. Stories are matched
by translation key, so a French module that still points at the Spanish story
counts for the French sector too.

Every function runs a fixed number of queries, whatever the number of items.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from curriculum.models import ModulePage
from events.models import EventPage, EventParticipant
from stories.models import StoryPage

MAX_ITEMS_PER_KIND = 24


def live_stories(locale):
    return StoryPage.objects.live().public().filter(locale=locale)


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
    """{module id: {translation keys of the stories it uses as case studies}} (three queries)."""
    page_type = ContentType.objects.get_for_model(Page)
    module_ids = ModulePage.objects.live().public().filter(locale=locale).values("pk")
    references = ReferenceIndex.objects.filter(
        content_type=ContentType.objects.get_for_model(ModulePage),
        to_content_type=page_type,
        object_id__in=[str(pk) for pk in module_ids.values_list("pk", flat=True)],
    ).values_list("object_id", "to_object_id")
    references = list(references)
    story_keys = dict(
        StoryPage.objects.filter(pk__in={int(to_id) for _, to_id in references}).values_list(
            "pk", "translation_key"
        )
    )
    keys = defaultdict(set)
    for module_id, story_id in references:
        if int(story_id) in story_keys:
            keys[int(module_id)].add(story_keys[int(story_id)])
    return keys


def event_story_keys(locale):
    """{event id: {translation keys of its participating stories}} (one query)."""
    rows = EventParticipant.objects.filter(
        page__in=EventPage.objects.live().public().filter(locale=locale)
    ).values_list("page_id", "story__translation_key")
    keys = defaultdict(set)
    for event_id, story_key in rows:
        keys[event_id].add(story_key)
    return keys


def items_touching(story_keys, keys_by_item):
    return [item_id for item_id, keys in keys_by_item.items() if keys & story_keys]


class SectorGathering:
    """Everything about the sectors of one language: counts, and each sector's items."""

    def __init__(self, locale):
        self.locale = locale
        self.stories_by_sector = story_keys_by_sector(locale)
        self.module_keys = module_story_keys(locale)
        self.event_keys = event_story_keys(locale)

    def counts(self, sector):
        keys = self.stories_by_sector.get(sector.pk, set())
        return {
            "stories": len(keys),
            "modules": len(items_touching(keys, self.module_keys)),
            "events": len(items_touching(keys, self.event_keys)),
        }

    def stories(self, sector):
        return (
            live_stories(self.locale)
            .filter(sectors=sector)
            .for_cards()
            .newest_first()[:MAX_ITEMS_PER_KIND]
        )

    def modules(self, sector):
        ids = items_touching(self.stories_by_sector.get(sector.pk, set()), self.module_keys)
        return ModulePage.objects.filter(pk__in=ids).for_cards().alphabetical()[:MAX_ITEMS_PER_KIND]

    def events(self, sector):
        """Upcoming events first, soonest first; then past ones, latest first."""
        ids = items_touching(self.stories_by_sector.get(sector.pk, set()), self.event_keys)
        events = EventPage.objects.filter(pk__in=ids)
        now = timezone.now()
        upcoming = events.upcoming(now).soonest_first(now).for_cards(upcoming_since=now)
        upcoming = list(upcoming[:MAX_ITEMS_PER_KIND])
        past = list(events.past().latest_first().for_cards()[:MAX_ITEMS_PER_KIND])
        return upcoming, past


def sector_counts(sectors, locale):
    """[(sector, {"stories": n, "modules": n, "events": n})] for each sector."""
    gathering = SectorGathering(locale)
    return [(sector, gathering.counts(sector)) for sector in sectors]
