"""What a campaign gathers, section by section, in the campaign's own language.

Each section is the pages the editor chose (mapped to their translations in the
campaign's locale) followed by the pages of that locale carrying the campaign's
tag (`core.translation.localized_choices`). Only live, public pages appear; a page
chosen in Spanish but not yet translated into French is left out of the French
campaign. Which pages those are is kept until the content changes
(`core.kept_lists`); each section then costs its cards' queries, whatever the
number of pages.
"""

from core.kept_lists import kept_pages
from core.models import chosen_pages
from core.translation import localized_choices
from curriculum.models import ModulePage
from events.models import EventPage
from stories.models import StoryPage

PAGES_PER_SECTION = 12


def tagged(model, campaign):
    """Live public pages of the campaign's locale tagged with its tag (any case)."""
    if not campaign.tag.strip():
        return model.objects.none()
    with_tag = model.objects.filter(tags__name__iexact=campaign.tag.strip()).values("pk")
    return model.objects.live().public().filter(locale_id=campaign.locale_id, pk__in=with_tag)


def campaign_stories(campaign):
    def find():
        return localized_choices(
            chosen_pages(campaign.story_links),
            campaign.locale,
            queryset=StoryPage.objects.all(),
            defaults=tagged(StoryPage, campaign).newest_first(),
            limit=PAGES_PER_SECTION,
        )

    cards = StoryPage.objects.for_cards()
    return kept_pages("campaign-stories", campaign.pk, find=find, cards=cards)


def campaign_modules(campaign):
    def find():
        return localized_choices(
            chosen_pages(campaign.module_links),
            campaign.locale,
            queryset=ModulePage.objects.all(),
            defaults=tagged(ModulePage, campaign).alphabetical(),
            limit=PAGES_PER_SECTION,
        )

    cards = ModulePage.objects.for_cards()
    return kept_pages("campaign-modules", campaign.pk, find=find, cards=cards)


def campaign_events(campaign, now):
    """Upcoming events only, the soonest first."""
    upcoming = EventPage.objects.upcoming(now).soonest_first(now)

    def find():
        events = localized_choices(
            chosen_pages(campaign.event_links),
            campaign.locale,
            queryset=upcoming,
            defaults=tagged(EventPage, campaign).upcoming(now).soonest_first(now),
            limit=PAGES_PER_SECTION,
        )
        return sorted(events, key=lambda event: (event.next_start, event.pk))

    cards = upcoming.for_cards(upcoming_since=now)
    return kept_pages("campaign-events", campaign.pk, find=find, cards=cards)
