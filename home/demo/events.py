"""Demo events: the index and the events of `content/events/`, dated from the day the
demo is loaded."""

import datetime

from core.models import EventType, Territory
from events.models import EventIndexPage, EventOccurrence, EventPage, EventParticipant
from home.demo.building import demo_key, page_in_every_language, section_pages, term
from home.demo.content import items
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryPage

SHARED = (
    "status",
    "attendance_mode",
    "time_zone",
    "street_address",
    "postcode",
    "country",
    "online_url",
    "organiser_name",
    "organiser_url",
    "registration_url",
)
TRANSLATED = ("title", "slug", "summary", "hero_alt", "city", "venue_name", "price")


def demo_occurrences(event, today):
    """Each occurrence is a number of days after `today`, all day or with local times."""
    occurrences = []
    for occurrence in event["occurrences"]:
        all_day = occurrence.get("all_day", False)
        occurrences.append(
            EventOccurrence(
                start_date=today + datetime.timedelta(days=occurrence["day"]),
                start_time=None if all_day else datetime.time.fromisoformat(occurrence["start"]),
                end_time=None if all_day else datetime.time.fromisoformat(occurrence["end"]),
                all_day=all_day,
            )
        )
    return occurrences


class EventDemo:
    def __init__(self, loader):
        self.loader = loader
        self.today = datetime.date.today()

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for key, event in items("events"):
            self.load_event(key, event, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, EventIndexPage, "event-index")

    def load_event(self, key, event, indexes):
        def with_image_dates_and_participants(page):
            page.hero_image = demo_image(
                f"Soleil demo event: {event['illustration']}",
                event["en"]["hero_alt"],
                drawing=DRAWINGS[event["illustration"]],
            )
            page.occurrences = demo_occurrences(event, self.today)
            page.participants = [
                EventParticipant(
                    page=StoryPage.objects.get(
                        translation_key=demo_key(f"story:{story}"), locale=page.locale
                    )
                )
                for story in event.get("participants", [])
            ]

        page_in_every_language(
            self.loader,
            EventPage,
            demo_key(f"event:{key}"),
            event,
            indexes,
            lambda page, language: self.fill(page, event, language),
            with_image_dates_and_participants,
            label=f"event “{event['en']['title']}”",
        )

    def fill(self, page, event, language):
        texts = event[language]
        for name in TRANSLATED:
            setattr(page, name, texts.get(name, ""))
        for name in SHARED:
            setattr(page, name, event.get(name, ""))
        page.body = texts["body"]
        page.event_type = term(EventType, event["event_type"], language)
        page.territory = term(Territory, event.get("territory"), language)
