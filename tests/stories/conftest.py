import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.factories import locale, translate_page
from core.models import SDG, OrganisationForm, Sector, Territory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.vocabulary import term


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="Huerta", file=get_test_image_file(size=(1600, 1000))
    )


@pytest.fixture
def story_indexes(homes):
    spanish = StoryIndexPageFactory(parent=homes["es"], show_in_menus=True)
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Récits", slug="recits"),
        "en": translate_page(spanish, "en", title="Stories", slug="stories"),
    }


@pytest.fixture
def make_story(story_indexes):
    """Create a live story in a language, naming its terms in English."""

    def make(
        language="es",
        sectors=(),
        form=None,
        territory=None,
        sdgs=(),
        tags=(),
        **fields,
    ):
        return StoryPageFactory(
            parent=story_indexes[language],
            locale=locale(language),
            sectors=[term(Sector, name, language) for name in sectors],
            organisation_form=term(OrganisationForm, form, language) if form else None,
            territory=(
                Territory.objects.get(code=territory, locale__language_code=language)
                if territory
                else None
            ),
            sdgs=list(SDG.objects.filter(number__in=sdgs, locale__language_code=language)),
            tags=tags,
            **fields,
        )

    return make
