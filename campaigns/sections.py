"""What a campaign gathers, section by section, in the campaign's own language.

Each section is the pages the editor chose (mapped to their translations in the
campaign's locale) followed by the pages of that locale carrying the campaign's
tag. Only live, public pages appear; a page chosen in Spanish but not yet
translated into French is left out of the French campaign. Which pages those are
is kept until the content changes (`core.kept_lists`); each section then costs
its cards' queries, whatever the number of pages.
"""

from core.kept_lists import kept_pages
from core.translation import localized_pages
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


def chosen_then_others(chosen, others, limit=PAGES_PER_SECTION):
    """The chosen pages, then as many of `others` as fit, each page once."""
    pages = list(chosen)
    keys = {page.translation_key for page in pages}
    for page in others[: limit + len(pages)]:
        if page.translation_key not in keys:
            pages.append(page)
            keys.add(page.translation_key)
    return pages[:limit]


def campaign_stories(campaign):
    def find():
        chosen = [link.story for link in campaign.story_links.select_related("story")]
        return chosen_then_others(
            localized_pages(chosen, campaign.locale, queryset=StoryPage.objects.all()),
            tagged(StoryPage, campaign).newest_first(),
        )

    cards = StoryPage.objects.for_cards()
    return kept_pages("campaign-stories", campaign.pk, find=find, cards=cards)


def campaign_modules(campaign):
    def find():
        chosen = [link.module for link in campaign.module_links.select_related("module")]
        return chosen_then_others(
            localized_pages(chosen, campaign.locale, queryset=ModulePage.objects.all()),
            tagged(ModulePage, campaign).alphabetical(),
        )

    cards = ModulePage.objects.for_cards()
    return kept_pages("campaign-modules", campaign.pk, find=find, cards=cards)


def campaign_events(campaign, now):
    """Upcoming events only, the soonest first."""
    upcoming = EventPage.objects.upcoming(now).soonest_first(now)

    def find():
        chosen = [link.event for link in campaign.event_links.select_related("event")]
        events = chosen_then_others(
            localized_pages(chosen, campaign.locale, queryset=upcoming),
            tagged(EventPage, campaign).upcoming(now).soonest_first(now),
        )
        return sorted(events, key=lambda event: (event.next_start, event.pk))

    cards = upcoming.for_cards(upcoming_since=now)
    return kept_pages("campaign-events", campaign.pk, find=find, cards=cards)
