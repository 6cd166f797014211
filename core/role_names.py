"""Soleil's groups, workflow and task read in each admin user's language.

They are rows with one `name` each, and Wagtail shows that name on many screens:
the "Submit to …" button, the status panel, the dashboard, page history, settings,
notification e-mails. `core.roles` stores the names Soleil ships as fixed keys and
says how each reads (`shown_names`). When such a row, or a history entry that names
it, is loaded, its name becomes a `ShownName`: to the database, lookups and
comparisons it is the stored key, but wherever it is shown — a template, `str()`,
`%`-formatting — it is written in the active language, the reader's.

Why not one name per language in the database: Wagtail has one `name` column and
reads it directly in dozens of places; translating at the moment of display covers
them all from one place and keeps the stored key that `setup_roles` finds again.
An administrator who saves a form showing a translated name keeps the key
(`keep_stored_name`); a name an administrator writes is shown as written.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from wagtail.models import ModelLogEntry, PageLogEntry, Task, Workflow

from core.roles import shown_names


class ShownName(str):
    """A stored name that prints itself in the active language."""

    def __str__(self):
        stored = str.__str__(self)
        return str(shown_names().get(stored, stored))

    def __format__(self, format_spec):
        return format(str(self), format_spec)


def shown(name):
    if isinstance(name, str) and not isinstance(name, ShownName) and name in shown_names():
        return ShownName(name)
    return name


def show_name(sender, instance, **kwargs):
    if "name" in instance.__dict__:
        instance.name = shown(instance.name)


def show_names_in_history(sender, instance, **kwargs):
    """Workflow history entries keep the workflow's and tasks' names in `data`."""
    data = instance.__dict__.get("data")
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if not isinstance(workflow, dict):
        return
    for part in (workflow, workflow.get("task"), workflow.get("next")):
        if isinstance(part, dict) and "title" in part:
            part["title"] = shown(part["title"])


def keep_stored_name(sender, instance, **kwargs):
    """A name saved as one of its translations is stored as its key."""
    name = instance.name
    if isinstance(name, ShownName) or not name:
        return
    for language_code, _language_name in settings.LANGUAGES:
        with translation.override(language_code):
            for stored, reading in shown_names().items():
                if str(reading) == name:
                    instance.name = ShownName(stored)
                    return


def named_models():
    from django.apps import apps

    tasks = [model for model in apps.get_models() if issubclass(model, Task)]
    return [Group, Workflow, *tasks]


def connect():
    for model in named_models():
        post_init.connect(show_name, sender=model, dispatch_uid=f"show_name_{model._meta.label}")
        pre_save.connect(
            keep_stored_name, sender=model, dispatch_uid=f"keep_name_{model._meta.label}"
        )
    for model in (PageLogEntry, ModelLogEntry):
        post_init.connect(
            show_names_in_history, sender=model, dispatch_uid=f"history_{model._meta.label}"
        )
