"""The index pages bulk pages go under, one per language and page type.

They are the demo's (`load_demo`); where a language's live index or home page is
missing — a freshly migrated database — they are made and published the way
`load_demo` makes them, so the command works with or without the demo.
"""

from django.db import transaction

from curriculum.models import CurriculumIndexPage, ModulePage
from events.models import EventIndexPage, EventPage
from home.demo.events import EventDemo
from home.demo.modules import ModuleDemo
from home.demo.pages import DemoLoader
from home.demo.stories import StoryDemo
from stories.models import StoryIndexPage, StoryPage

SECTIONS = {
    StoryPage: (StoryIndexPage, StoryDemo),
    ModulePage: (CurriculumIndexPage, ModuleDemo),
    EventPage: (EventIndexPage, EventDemo),
}


class MissingSection(Exception):
    pass


def _indexes(index_model, languages):
    return {
        language: index_model.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
        for language in languages
    }


def live_homes():
    """Each language's home page, translated from the default language's and published
    where it was missing (`load_demo` publishes them with their content later)."""
    homes = DemoLoader().load_homes()
    for home in homes.values():
        if not home.live:
            home.save_revision().publish()
    return homes


@transaction.atomic
def section_indexes(models, languages):
    """`{page model: {language: index page}}` for the given page models."""
    found = {}
    for model in models:
        index_model, demo = SECTIONS[model]
        indexes = _indexes(index_model, languages)
        if None in indexes.values():
            demo(DemoLoader()).load_indexes(live_homes())
            indexes = _indexes(index_model, languages)
        missing = [language for language, index in indexes.items() if index is None]
        if missing:
            raise MissingSection(
                f"No {index_model._meta.verbose_name} in {', '.join(missing)}: the demo "
                "makes indexes for its own languages only; translate the index in the admin."
            )
        found[model] = indexes
    return found
