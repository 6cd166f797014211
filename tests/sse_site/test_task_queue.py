"""With `TASKS_BACKEND=database`, background work waits in the database until a worker
runs it: Wagtail's reference index is written by `manage.py db_worker`, not by the
request that asked for it (search terms: tests/search/test_search_terms.py)."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import ImproperlyConfigured
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ReferenceIndex

from sse_site.settings.tasks import tasks_setting
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.task_queue import WORKER_SEES_COMMITTED_ROWS, run_the_worker, waiting


@WORKER_SEES_COMMITTED_ROWS
def test_the_reference_index_is_written_by_the_worker(database_queue, homes):
    image = get_image_model().objects.create(title="Huerta", file=get_test_image_file())
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=homes["es"]), hero_image=image)

    def uses():
        return list(ReferenceIndex.get_references_to(image).values_list("object_id", flat=True))

    assert "update_reference_index_task" in waiting()
    assert uses() == []

    run_the_worker()

    assert waiting() == []
    assert uses() == [str(story.pk)]
    assert not DBTaskResult.objects.failed().exists()


def test_the_backend_is_chosen_by_name_and_a_mistake_stops_the_site():
    def backend(name):
        return tasks_setting(SimpleNamespace(TASKS_BACKEND=name))["default"]["BACKEND"]

    assert backend("immediate") == "django_tasks.backends.immediate.ImmediateBackend"
    assert backend("database") == "django_tasks_db.DatabaseBackend"
    with pytest.raises(ImproperlyConfigured):
        backend("redis")
