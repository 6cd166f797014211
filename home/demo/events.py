"""Demo events: an event index and the events of `event_texts` in es, fr and en,
dated relative to the day the demo is loaded."""

import datetime

from wagtail.models import Locale

from core.models import EventType, Territory
from events.models import EventIndexPage, EventOccurrence, EventPage, EventParticipant
from home.demo import event_texts
from home.demo.building import (
    LANGUAGES,
    demo_key,
    page_in_every_language,
    section_pages,
)
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryPage

INDEX_TEXTS = {
    "es": {
        "title": "Eventos",
        "slug": "eventos",
        "introduction": (
            "Ferias, mercados sociales, foros y talleres donde conocer la economía social y "
            "solidaria en persona. Añádelos a tu calendario."
        ),
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "introduction": (
            "Foires, marchés solidaires, forums et ateliers pour découvrir l'économie sociale "
            "et solidaire en vrai. Ajoutez-les à votre agenda."
        ),
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "introduction": (
            "Fairs, social markets, forums and workshops where you can meet the Social and "
            "Solidarity Economy in person. Add them to your calendar."
        ),
    },
}


# The illustration each event type gets, and its alternative text in each language.
MOTIFS = {
    "Fair": "market",
    "Social market": "market",
    "Forum": "care",
    "Conference": "care",
    "Workshop": "recycling",
    "Campaign action": "houses",
}
ALT_TEXTS = {
    "market": {
        "es": "Ilustración: puestos de mercado de colores bajo el sol",
        "fr": "Illustration : des stands de marché colorés sous le soleil",
        "en": "Illustration: colourful market stalls under the sun",
    },
    "care": {
        "es": "Ilustración: personas reunidas en círculo bajo el sol",
        "fr": "Illustration : des personnes réunies en cercle sous le soleil",
        "en": "Illustration: people gathered in a circle under the sun",
    },
    "recycling": {
        "es": "Ilustración: flechas de reciclaje y cajas de colores",
        "fr": "Illustration : des flèches de recyclage et des caisses colorées",
        "en": "Illustration: recycling arrows and colourful crates",
    },
    "houses": {
        "es": "Ilustración: casas de colores junto a unas colinas",
        "fr": "Illustration : des maisons colorées au pied des collines",
        "en": "Illustration: colourful houses below green hills",
    },
}


def demo_occurrences(event, today):
    occurrences = []
    for offset, start, end, all_day in event["occurrences"]:
        day = today + datetime.timedelta(days=offset)
        occurrences.append(
            EventOccurrence(
                start_date=day,
                start_time=None if all_day else datetime.time.fromisoformat(start),
                end_time=None if all_day else datetime.time.fromisoformat(end),
                all_day=all_day,
            )
        )
    return occurrences


class EventDemo:
    def __init__(self, loader):
        self.loader = loader
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.today = datetime.date.today()

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for event in event_texts.EVENTS:
            self.load_event(event, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, EventIndexPage, "event-index", INDEX_TEXTS)

    def load_event(self, event, indexes):
        def with_dates_and_participants(page):
            page.occurrences = demo_occurrences(event, self.today)
            page.participants = [
                EventParticipant(
                    page=StoryPage.objects.get(
                        translation_key=demo_key(f"story:{story}"), locale=page.locale
                    )
                )
                for story in event["participants"]
            ]

        page_in_every_language(
            self.loader,
            EventPage,
            demo_key(f"event:{event['key']}"),
            indexes["es"],
            lambda page, language: self.fill(page, event, language),
            with_dates_and_participants,
            label=f"event “{event['texts']['en']['title']}”",
        )

    def fill(self, page, event, language):
        locale = self.locales[language]
        texts = event["texts"][language]
        page.title = texts["title"]
        page.slug = texts["slug"]
        page.summary = texts["summary"]
        page.body = [{"type": kind, "value": value} for kind, value in texts["body"]]
        page.event_type = EventType.objects.get(
            locale__language_code="en", name=event["event_type"]
        ).get_translation(locale)
        page.status = event["status"]
        page.attendance_mode = event["attendance"]
        page.time_zone = event["time_zone"]
        page.territory = (
            Territory.objects.get(code=event["territory"], locale=locale)
            if event["territory"]
            else None
        )
        page.city = (event["city"] or {}).get(language, "")
        page.venue_name = (event["venue"] or {}).get(language, "")
        page.street_address = event["street_address"]
        page.postcode = event["postcode"]
        page.country = event["country"]
        page.online_url = event["online_url"]
        page.organiser_name = event["organiser"]
        page.organiser_url = event["organiser_url"]
        page.registration_url = event["registration_url"]
        page.price = event["price"][language]
        motif = MOTIFS.get(event["event_type"], "market")
        page.hero_alt = ALT_TEXTS[motif][language]
        if language == "es":
            page.hero_image = demo_image(
                f"Soleil demo event: {motif}", ALT_TEXTS[motif]["en"], drawing=DRAWINGS[motif]
            )
