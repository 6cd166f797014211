"""Pages of every kind, for the helpers `core` gives the apps (choices, migrations), and
an editor at the admin's upload views."""

from tests.campaigns.conftest import campaign_indexes, make_campaign  # noqa: F401
from tests.core.uploads import editor, media_cleared  # noqa: F401
from tests.curriculum.conftest import curriculum_indexes, make_module  # noqa: F401
from tests.events.conftest import event_indexes, make_event  # noqa: F401
from tests.stories.conftest import image, make_story, story_indexes  # noqa: F401
