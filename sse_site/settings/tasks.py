"""Where background work runs: Wagtail's (reference index, frontend-cache purges, image
focal points, removing replaced files) and Soleil's (the search-term tallies).

`TASKS_BACKEND=immediate` (the default, what `make run` uses): each task runs at once,
in the process that asked for it. `TASKS_BACKEND=database`: tasks are rows in the
site's own database (django-tasks-db), run by `python manage.py db_worker` on any
machine that reaches it, after the request's transaction commits.

The database queue rather than Redis (django-tasks-rq): it needs no server of its own,
a task is queued in the same transaction as the change that asked for it, and a worker
that dies leaves the task in the table for the next one; on PostgreSQL, workers share
the queue with `SELECT … SKIP LOCKED`.
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(env):
    """Django's `TASKS`: one default backend, chosen by `TASKS_BACKEND`."""
    backend = BACKENDS.get(env.TASKS_BACKEND)
    if backend is None:
        choices = " or ".join(repr(name) for name in BACKENDS)
        raise ImproperlyConfigured(f"TASKS_BACKEND is {choices}, not {env.TASKS_BACKEND!r}.")
    return {"default": {"BACKEND": backend}}
