"""What a campaign gathers, section by section, in the campaign's own language.

Each section is the pages the editor chose (mapped to their translations in the
campaign's locale) followed by the pages of that locale carrying the campaign's
tag. Only live, public pages appear; a page chosen in Spanish but not yet
translated into French is left out of the French campaign. Each section costs
a fixed number of queries, whatever the number of pages.
"""

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
    cards = StoryPage.objects.for_cards()
    chosen = [link.story for link in campaign.story_links.all()]
    return chosen_then_others(
        localized_pages(chosen, campaign.locale, queryset=cards),
        tagged(StoryPage, campaign).for_cards().newest_first(),
    )


def campaign_modules(campaign):
    cards = ModulePage.objects.for_cards()
    chosen = [link.module for link in campaign.module_links.all()]
    return chosen_then_others(
        localized_pages(chosen, campaign.locale, queryset=cards),
        tagged(ModulePage, campaign).for_cards().alphabetical(),
    )


def campaign_events(campaign, now):
    """Upcoming events only, the soonest first."""
    cards = EventPage.objects.upcoming(now).soonest_first(now).for_cards(upcoming_since=now)
    chosen = [link.event for link in campaign.event_links.all()]
    events = chosen_then_others(
        localized_pages(chosen, campaign.locale, queryset=cards),
        tagged(EventPage, campaign).upcoming(now).soonest_first(now).for_cards(upcoming_since=now),
    )
    return sorted(events, key=lambda event: (event.next_start, event.pk))
