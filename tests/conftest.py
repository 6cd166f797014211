import pytest

from core.factories import translate_page
from home.factories import StandardPageFactory
from home.models import HomePage


@pytest.fixture
def home_es(db):
    """The Spanish home page the migrations create as the site root."""
    return HomePage.objects.get(locale__language_code="es")


@pytest.fixture
def homes(home_es):
    return {
        "es": home_es,
        "fr": translate_page(
            home_es, "fr", slug="accueil", introduction="Économie sociale et solidaire."
        ),
        "en": translate_page(
            home_es, "en", slug="home", introduction="Social and solidarity economy."
        ),
    }


@pytest.fixture
def about_pages(homes):
    spanish = StandardPageFactory(
        parent=homes["es"],
        title="Sobre Soleil",
        slug="sobre-soleil",
        introduction="Quiénes somos.",
        show_in_menus=True,
    )
    return {
        "es": spanish,
        "fr": translate_page(
            spanish,
            "fr",
            title="À propos de Soleil",
            slug="a-propos",
            introduction="Qui sommes-nous.",
        ),
        "en": translate_page(
            spanish, "en", title="About Soleil", slug="about", introduction="Who we are."
        ),
    }
