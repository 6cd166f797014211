"""The database task queue (`TASKS_BACKEND=database`) for tests, and its worker as an
operator runs it (`manage.py db_worker`), here until the queue is empty."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_the_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def waiting():
    """The names of the tasks queued and not yet run."""
    return sorted(result.task_path.rsplit(".", 1)[1] for result in DBTaskResult.objects.ready())
