import pytest

from core.factories import locale, translate_page
from home.factories import StandardPageFactory
from search.models import SearchPage
from tests.stories.conftest import image, make_story, story_indexes  # noqa: F401


@pytest.fixture
def search_pages(homes):
    spanish = SearchPage(title="Buscar", slug="buscar", locale=locale("es"))
    homes["es"].add_child(instance=spanish)
    spanish.save_revision().publish()
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Recherche", slug="recherche"),
        "en": translate_page(spanish, "en", title="Search", slug="search"),
    }


@pytest.fixture
def make_page(search_pages):
    """A live standard page in a language, under that language's home."""

    def make(language="es", **fields):
        home = search_pages[language].get_parent()
        return StandardPageFactory(parent=home, locale=locale(language), **fields)

    return make
