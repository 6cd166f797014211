"""A small site in three languages, as the open data sees it: a Spanish story with its
French translation, a Spanish draft, a story in a private section, a module with a
public and a private file, an event, and the "Open data" page of each language."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.factories import locale, translate_page
from core.models import EducationLevel, EventType, OrganisationForm, Sector, Territory
from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from curriculum.models import ModuleResource
from events.factories import EventIndexPageFactory, EventPageFactory, occurrence
from opendata.factories import OpenDataPageFactory
from stories.factories import StoryPageFactory
from tests.stories.conftest import story_indexes  # noqa: F401  (fixture)
from tests.vocabulary import term

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def document(title, collection=None):
    made = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    made.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(PDF), save=False)
    made.save()
    return made


@pytest.fixture
def make_story(story_indexes):  # noqa: F811
    def make(language="es", sectors=("Agroecology",), territory="ES-AN", **fields):
        return StoryPageFactory(
            parent=story_indexes[language],
            locale=locale(language),
            sectors=[term(Sector, name, language) for name in sectors],
            organisation_form=term(OrganisationForm, "Cooperative", language),
            territory=Territory.objects.get(code=territory, locale__language_code=language),
            **fields,
        )

    return make


@pytest.fixture
def open_data_pages(homes):
    spanish = OpenDataPageFactory(parent=homes["es"])
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Données ouvertes", slug="donnees-ouvertes"),
        "en": translate_page(spanish, "en", title="Open data", slug="open-data"),
    }


@pytest.fixture
def site(homes, make_story, open_data_pages):
    """What every open-data test reads; the names say what each item is for."""
    huerta = make_story(title="La Huerta Viva", slug="la-huerta-viva", founded=1998)
    huerta_fr = translate_page(huerta, "fr", title="Le Potager Vivant", slug="le-potager-vivant")
    energia = make_story(
        title="Sol de Todos", slug="sol-de-todos", sectors=("Renewable energy",), territory="ES-CT"
    )
    draft = make_story(title="Borrador secreto", slug="borrador-secreto")
    draft.unpublish()
    hidden = make_story(title="Historia reservada", slug="historia-reservada")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="socias"
    )

    modules_index = CurriculumIndexPageFactory(parent=homes["es"])
    module = ModulePageFactory(
        parent=modules_index,
        title="Mercados sociales",
        slug="mercados-sociales",
        education_levels=[term(EducationLevel, "Secondary school")],
    )
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    module.resources = [
        ModuleResource(
            document=document("Guia docente"), kind="teacher-guide", locale=module.locale
        ),
        ModuleResource(
            document=document("Notas internas", private), kind="other", locale=module.locale
        ),
    ]
    module.save_revision().publish()

    events_index = EventIndexPageFactory(parent=homes["es"])
    market = EventPageFactory(
        parent=events_index,
        title="Mercado de primavera",
        slug="mercado-de-primavera",
        event_type=term(EventType, "Social market"),
        territory=Territory.objects.get(code="ES-AR", locale__language_code="es"),
    )
    market.occurrences = [occurrence(datetime.date(2031, 4, 12))]
    market.save_revision().publish()
    return {
        "huerta": huerta,
        "huerta_fr": huerta_fr,
        "energia": energia,
        "draft": draft,
        "hidden": hidden,
        "module": module,
        "market": market,
        "open_data": open_data_pages,
    }
