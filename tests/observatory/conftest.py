"""The observatory counts every kind of content: it borrows the content apps' fixtures."""

import datetime

import pytest

from core.factories import locale, translate_page
from core.models import Territory
from curriculum.models import DownloadCount
from observatory.models import ObservatoryPage
from tests.curriculum.conftest import curriculum_indexes, make_module  # noqa: F401
from tests.events.conftest import event_indexes, make_event  # noqa: F401
from tests.stories.conftest import make_story, story_indexes  # noqa: F401


@pytest.fixture
def observatories(homes):
    spanish = ObservatoryPage(
        title="Observatorio",
        slug="observatorio",
        locale=locale("es"),
        introduction="La economía social y solidaria en cifras.",
    )
    homes["es"].add_child(instance=spanish)
    spanish.save_revision().publish()
    return {
        "es": spanish,
        "fr": translate_page(
            spanish,
            "fr",
            title="Observatoire",
            slug="observatoire",
            introduction="L'économie sociale et solidaire en chiffres.",
        ),
        "en": translate_page(
            spanish,
            "en",
            title="Observatory",
            slug="observatory",
            introduction="The social and solidarity economy in numbers.",
        ),
    }


@pytest.fixture
def indexes(story_indexes, event_indexes, curriculum_indexes):  # noqa: F811
    return {"stories": story_indexes, "events": event_indexes, "modules": curriculum_indexes}


def country(code, language="es"):
    return Territory.objects.get(code=code, locale__language_code=language)


def months_from_now(count, day=15):
    """The `day` of the month `count` months from this one."""
    today = datetime.date.today()
    index = today.year * 12 + today.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, day)


def downloads(module, day, count):
    DownloadCount.objects.create(
        page=module, language=module.locale.language_code, day=day, count=count
    )
