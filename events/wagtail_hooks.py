from django.db.models import Min
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.translation_coverage import TranslationSection
from events.models import EventOccurrence, EventPage


@hooks.register("register_translation_section")
def register_events_translation_section():
    return TranslationSection("events", _("Events"), EventPage, order=30)


@hooks.register("next_content_change")
def next_event_end(now):
    """When a date ends, the event leaves the upcoming lists and calendars (core.freshness)."""
    return EventOccurrence.objects.filter(ends_at__gt=now).aggregate(moment=Min("ends_at"))[
        "moment"
    ]
