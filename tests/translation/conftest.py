"""A Spanish story, module and event with the same kind of body, ready to translate.

Each body has three paragraphs, a quote whose optional attribution is empty, and a
list of links whose first link chooses a page (a chooser inside a struct inside a
list) — the shapes that have broken wagtail-localize's sync before.
"""

from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.users.models import UserProfile

from core.factories import locale, translate_page
from core.models import EventType, Topic
from core.streams import with_block_ids
from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from curriculum.models import ModulePage
from events.factories import EventIndexPageFactory, EventPageFactory, occurrence
from events.models import EventPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryPage

PARAGRAPHS = [
    "<p>La cooperativa nació en un barrio obrero.</p>",
    "<p>Las personas socias deciden juntas.</p>",
    "<p>Hoy da trabajo a veinte personas.</p>",
]

EMPTY_OPTIONALS_QUOTE = {"quote": "Juntas llegamos más lejos.", "attribution": ""}
EMPTY_OPTIONALS_ACTIVITY = {
    "title": "Juntas llegamos más lejos.",
    "duration": 20,
    "group_size": "",
    "materials": "",
    "steps": ["Formad grupos."],
    "teacher_tip": "",
}


@dataclass
class PageKind:
    """How to build one page type and which synchronised field to change on it."""

    name: str
    paragraph_block: str
    build: Callable
    change_synchronised_field: Callable
    synchronised_value: Callable


def body(paragraph_block, paragraphs, linked_page):
    blocks = [{"type": paragraph_block, "value": text} for text in paragraphs]
    if paragraph_block == "text":  # a module: an activity without its optional fields
        blocks.append({"type": "activity", "value": EMPTY_OPTIONALS_ACTIVITY})
    else:
        blocks.append({"type": "quote", "value": EMPTY_OPTIONALS_QUOTE})
    blocks.append(
        {
            "type": "links",
            "value": {
                "heading": "",
                "links": [
                    {"label": "Nuestra portada", "page": linked_page.pk, "url": ""},
                    {"label": "REAS", "page": None, "url": "https://www.reasred.org/"},
                ],
            },
        }
    )
    return blocks


@pytest.fixture
def other_image(db):
    return get_image_model().objects.create(
        title="Mercado", file=get_test_image_file(size=(1200, 800))
    )


@pytest.fixture
def page_kinds(homes):
    def index(factory, **french):
        spanish = factory(parent=homes["es"])
        translate_page(spanish, "fr", **french)
        return spanish

    story_index = index(StoryIndexPageFactory, title="Récits", slug="recits")
    module_index = index(CurriculumIndexPageFactory, title="Modules", slug="modules")
    event_index = index(EventIndexPageFactory, title="Événements", slug="evenements")

    def build_story(paragraphs):
        return StoryPageFactory(
            parent=story_index,
            body=with_block_ids(StoryPage, "body", body("paragraph", paragraphs, homes["es"])),
        )

    def build_module(paragraphs):
        return ModulePageFactory(
            parent=module_index,
            body=with_block_ids(ModulePage, "body", body("text", paragraphs, homes["es"])),
        )

    def build_event(paragraphs):
        event = EventPageFactory(
            parent=event_index,
            event_type=EventType.objects.get(locale=locale("es"), name="Feria"),
            body=with_block_ids(EventPage, "body", body("paragraph", paragraphs, homes["es"])),
        )
        event.occurrences = [occurrence(30)]
        event.save_revision().publish()
        return type(event).objects.get(pk=event.pk)

    def set_hero(page, image):
        page.hero_image = image

    def set_topic(page, _image):
        page.topics.set([Topic.objects.get(locale=locale("es"), name="Consumo responsable")])

    def move_date(page, _image):
        page.occurrences = [occurrence(45)]

    return {
        "story": PageKind(
            "story", "paragraph", build_story, set_hero, lambda page: page.hero_image
        ),
        "module": PageKind(
            "module",
            "text",
            build_module,
            set_topic,
            lambda page: [topic.name for topic in page.topics.all()],
        ),
        "event": PageKind(
            "event",
            "paragraph",
            build_event,
            move_date,
            lambda page: [o.start_date for o in page.occurrences.all()],
        ),
    }


@pytest.fixture(params=["story", "module", "event"])
def kind(request, page_kinds):
    return page_kinds[request.param]


@pytest.fixture
def roles(homes):
    call_command("setup_roles", stdout=StringIO())


@pytest.fixture
def member(django_user_model, roles):
    """A user in one of the roles' groups, named after it unless told otherwise, who
    may have chosen the admin's language in their account."""

    def make(group_name, username=None, admin_language=None):
        user = django_user_model.objects.create_user(
            username=username or slugify(group_name), password="x"
        )
        user.groups.add(Group.objects.get(name=group_name))
        if admin_language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = admin_language
            profile.save()
        return user

    return make
