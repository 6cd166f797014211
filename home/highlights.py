"""What the home page puts forward: the current campaign and three stories, events
and modules — the editor's choices, in the visitor's language, or sensible defaults.

The choices are stored once and synchronised across translations; each home page
shows their translations in its own locale (pages not translated yet are skipped
and the place is filled by a default). Which pages those are is kept until the
content changes (`core.kept_lists`): a fixed number of queries in every case.
"""

from django.utils import timezone

from campaigns.models import CampaignPage
from core.kept_lists import kept_pages
from core.models import chosen_pages
from core.translation import localized_choices
from curriculum.models import ModulePage
from events.models import EventPage
from stories.models import StoryPage

FEATURED_COUNT = 3


def in_locale(model, locale):
    return model.objects.live().public().filter(locale=locale)


def current_campaign(home, today=None):
    """The campaign the editor chose, or the running campaign that ends soonest,
    or else the next one to start; None when there is none."""
    today = today or timezone.localdate()
    cards = CampaignPage.objects.for_cards()
    if home.featured_campaign_id:
        choice = localized_choices([home.featured_campaign], home.locale, queryset=cards)
        if choice:
            return choice[0]
    campaigns = in_locale(CampaignPage, home.locale).for_cards()
    running = campaigns.running(today).order_by("end_date", "pk").first()
    return running or campaigns.coming(today).order_by("start_date", "pk").first()


def featured_stories(home):
    def find():
        return localized_choices(
            chosen_pages(home.featured_story_links),
            home.locale,
            queryset=StoryPage.objects.all(),
            defaults=in_locale(StoryPage, home.locale).newest_first(),
            limit=FEATURED_COUNT,
        )

    return kept_pages("home-stories", home.pk, find=find, cards=StoryPage.objects.for_cards())


def featured_events(home, now=None):
    """Upcoming events only: a chosen event that is over gives its place to the next one."""
    now = now or timezone.now()
    upcoming = EventPage.objects.upcoming(now).soonest_first(now)

    def find():
        return localized_choices(
            chosen_pages(home.featured_event_links),
            home.locale,
            queryset=upcoming,
            defaults=upcoming.live().public().filter(locale=home.locale),
            limit=FEATURED_COUNT,
        )

    cards = upcoming.for_cards(upcoming_since=now)
    return kept_pages("home-events", home.pk, find=find, cards=cards)


def featured_modules(home):
    def find():
        return localized_choices(
            chosen_pages(home.featured_module_links),
            home.locale,
            queryset=ModulePage.objects.all(),
            defaults=in_locale(ModulePage, home.locale).order_by("-first_published_at", "-pk"),
            limit=FEATURED_COUNT,
        )

    return kept_pages("home-modules", home.pk, find=find, cards=ModulePage.objects.for_cards())
