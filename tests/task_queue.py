"""The database task queue (`TASKS_BACKEND=database`) for tests, and its worker run as
an operator runs it: `manage.py db_worker`, in a process of its own, on the test
database, until the queue is empty."""

import os
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

# The worker is another process: it sees only committed rows, so a test that runs it
# commits its own, and the rows the migrations made are put back after it.
WORKER_SEES_COMMITTED_ROWS = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url_of_this_test():
    """DATABASE_URL of the database this test runs on."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    user = quote(database["USER"] or "")
    password = f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else ""
    return f"postgres://{user}{password}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def run_the_worker():
    """Run the queued tasks; returns what the worker printed (its log), which is also
    shown beside a failing test's output."""
    command = ["manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"]
    environment = {
        **os.environ,
        "DATABASE_URL": database_url_of_this_test(),
        "TASKS_BACKEND": "database",
        "DJANGO_SETTINGS_MODULE": "sse_site.settings.test",
        "SOLEIL_TEST_MEDIA": str(settings.MEDIA_ROOT),
        "SOLEIL_TEST_LOCKS": str(settings.LOCK_DIR),
    }
    finished = subprocess.run(
        [sys.executable, *command],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    sys.stdout.write(finished.stdout)
    sys.stderr.write(finished.stderr)
    finished.check_returncode()
    return finished.stdout + finished.stderr


def waiting():
    """The names of the tasks queued and not yet run."""
    return sorted(result.task_path.rsplit(".", 1)[1] for result in DBTaskResult.objects.ready())
