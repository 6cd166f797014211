from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.translation_coverage import TranslationSection
from events.models import EventPage


@hooks.register("register_translation_section")
def register_events_translation_section():
    return TranslationSection("events", _("Events"), EventPage, order=30)
