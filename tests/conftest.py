import pytest
from django.core.cache import caches
from django.db import connection

from core.factories import translate_page
from home.factories import StandardPageFactory
from home.models import HomePage
from tests.admin_login import log_in_speaking
from tests.object_storage import s3_media, s3_server  # noqa: F401  (fixtures)
from tests.redis_server import redis_server, redis_site  # noqa: F401  (fixtures)
from tests.task_queue import database_queue  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches: a page or a count kept by an earlier test,
    whose rows were rolled back, must not be served to this one."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """Pages are made for every request: for tests that count what making a page costs."""
    settings.PAGE_CACHE_ENABLED = False


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


@pytest.fixture
def admin_speaking(client, admin_user):
    """`admin_speaking("fr")`: a client logged in as a superuser who chose French as the
    admin's language in their account."""

    def speaking(language_code):
        return log_in_speaking(client, admin_user, language_code)

    return speaking


def pytest_collection_modifyitems(config, items):
    """Tests of one database's behaviour (marked `postgresql` or `sqlite`) belong to that
    database's pass: `make test` runs the suite on both, so each runs once, not skipped."""
    other = {"postgresql": "sqlite", "sqlite": "postgresql"}.get(connection.vendor)
    if other is None:
        return
    kept = [item for item in items if item.get_closest_marker(other) is None]
    deselected = [item for item in items if item.get_closest_marker(other) is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
