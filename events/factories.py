import datetime

import factory
import wagtail_factories

from core.factories import locale
from events.models import EventIndexPage, EventOccurrence, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Eventos"
    slug = "eventos"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Evento {n}")
    summary = "Un encuentro de economía social y solidaria."
    city = "Zaragoza"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = EventPage


def occurrence(day, start="10:00", end="14:00", all_day=False, end_day=None):
    """An occurrence on `day` (a date, or a number of days from today)."""
    if isinstance(day, int):
        day = datetime.date.today() + datetime.timedelta(days=day)
    if isinstance(end_day, int):
        end_day = datetime.date.today() + datetime.timedelta(days=end_day)
    return EventOccurrence(
        start_date=day,
        start_time=None if all_day else datetime.time.fromisoformat(start),
        end_date=end_day,
        end_time=None if all_day else datetime.time.fromisoformat(end),
        all_day=all_day,
    )
