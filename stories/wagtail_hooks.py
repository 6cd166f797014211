from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.translation_coverage import TranslationSection
from stories.models import StoryPage


@hooks.register("register_translation_section")
def register_stories_translation_section():
    return TranslationSection("stories", _("Stories"), StoryPage, order=10)
