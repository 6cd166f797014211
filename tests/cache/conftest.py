"""The page cache is tested on the pages it keeps: stories, modules, events, campaigns,
the form; their fixtures come from those apps' test folders."""

import pytest

from tests.campaigns.conftest import campaign_indexes, make_campaign  # noqa: F401
from tests.curriculum.conftest import curriculum_indexes, make_document, make_module  # noqa: F401
from tests.events.conftest import event_indexes, make_event  # noqa: F401
from tests.sectors.conftest import sector_indexes  # noqa: F401
from tests.stories.conftest import image, make_story, story_indexes  # noqa: F401


def cache_state(response):
    """Where the response came from: `hit`, the page cache; `miss`, made and kept;
    empty, made and not kept."""
    return response.get("X-Page-Cache", "")


@pytest.fixture
def read(client):
    """GET a page twice as an anonymous visitor: the second answer is the one compared."""

    def get(url, **kwargs):
        client.get(url, **kwargs)
        return client.get(url, **kwargs)

    return get
