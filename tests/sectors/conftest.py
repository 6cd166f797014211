import pytest

from core.factories import locale, translate_page
from sectors.models import SectorIndexPage
from tests.curriculum.conftest import curriculum_indexes, make_module  # noqa: F401
from tests.events.conftest import event_indexes, make_event  # noqa: F401
from tests.stories.conftest import image, make_story, story_indexes  # noqa: F401


@pytest.fixture
def sector_indexes(homes):
    spanish = SectorIndexPage(title="Sectores", slug="sectores", locale=locale("es"))
    homes["es"].add_child(instance=spanish)
    spanish.save_revision().publish()
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Secteurs", slug="secteurs"),
        "en": translate_page(spanish, "en", title="Sectors", slug="sectors"),
    }
