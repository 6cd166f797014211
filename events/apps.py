from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Fairs, social markets and forums: EventIndexPage, EventPage, calendar files."""

    name = "events"
    verbose_name = _("Events")
