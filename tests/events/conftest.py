import pytest

from core.factories import locale, translate_page
from core.models import EventType, Territory
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from tests.vocabulary import term


@pytest.fixture
def event_indexes(homes):
    spanish = EventIndexPageFactory(parent=homes["es"])
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Événements", slug="evenements"),
        "en": translate_page(spanish, "en", title="Events", slug="events"),
    }


@pytest.fixture
def make_event(event_indexes):
    """Create a live event with its occurrences (see events.factories.occurrence)."""

    def make(occurrences, language="es", event_type="Fair", territory=None, **fields):
        event = EventPageFactory(
            parent=event_indexes[language],
            locale=locale(language),
            event_type=term(EventType, event_type, language),
            territory=(
                Territory.objects.get(code=territory, locale__language_code=language)
                if territory
                else None
            ),
            **fields,
        )
        event.occurrences = occurrences
        event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return make
