"""The page types the site search offers as filters, in the order it lists them.

A type is named by its model's "app_label.ModelName", so a type whose app is not
installed (yet) is simply left out; every page of a listed type is found through
Wagtail's generic Page search, so a new type needs only a line here.
"""

from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchableType:
    key: str  # its value in the URL: ?type=story
    label: str
    model_name: str

    @cached_property
    def model(self):
        try:
            return apps.get_model(self.model_name)
        except LookupError:
            return None


SEARCHABLE_TYPES = [
    SearchableType("story", _("Stories"), "stories.StoryPage"),
    SearchableType("module", _("Curriculum modules"), "curriculum.ModulePage"),
    SearchableType("event", _("Events"), "events.EventPage"),
    SearchableType("campaign", _("Campaigns"), "campaigns.CampaignPage"),
    SearchableType("page", _("Pages"), "home.StandardPage"),
]


def available_types():
    """{content type id: SearchableType} for the types whose app is installed."""
    installed = [kind for kind in SEARCHABLE_TYPES if kind.model is not None]
    content_types = ContentType.objects.get_for_models(*(kind.model for kind in installed))
    return {content_types[kind.model].pk: kind for kind in installed}
