"""The review workflow, its task and the groups read in each admin user's language,
while the names stored stay the ones `setup_roles` finds again."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Task, Workflow

from core.roles import APPROVAL_TASK_NAME, EDITORS, MODERATORS, WORKFLOW_NAME
from home.factories import StandardPageFactory
from tests.admin_login import log_in_speaking


@pytest.fixture
def roles(homes):
    call_command("setup_roles", stdout=StringIO())


@pytest.fixture
def person(client, django_user_model, roles):
    """A client logged in as a member of `group`, whose admin is in `language`."""

    def log_in(group, language, username=None):
        user = django_user_model.objects.create_user(
            username=username or f"{group}-{language}", password="x"
        )
        user.groups.add(Group.objects.get(name=group))
        return log_in_speaking(client, user, language)

    return log_in


@pytest.fixture
def page(homes):
    return StandardPageFactory(parent=homes["es"], title="Quiénes somos", slug="quienes-somos")


def text_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("language", "button"),
    [
        ("es", "Enviar a Revisión editorial"),
        ("fr", "Soumettre à Relecture éditoriale"),
        ("en", "Submit to Editorial review"),
    ],
)
def test_the_submit_button_names_the_workflow_in_the_editor_s_language(
    person, page, language, button
):
    client = person(EDITORS, language)

    assert button in text_of(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


@pytest.mark.parametrize(
    ("language", "task", "workflow"),
    [
        ("es", "Aprobación de un moderador", "Revisión editorial"),
        ("fr", "Validation par un modérateur", "Relecture éditoriale"),
    ],
)
def test_a_page_in_review_shows_the_task_and_history_in_the_moderator_s_language(
    person, page, django_user_model, language, task, workflow
):
    page.save_revision()
    page.get_workflow().start(page, django_user_model.objects.create_user("elena"))
    client = person(MODERATORS, language)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    history = text_of(client.get(reverse("wagtailadmin_pages:history", args=[page.pk])))

    assert f'data-w-tooltip-content-value="{task}:' in dashboard
    assert "Moderator approval" not in dashboard
    assert workflow in history and task in history
    assert "Editorial review" not in history


def test_groups_read_in_the_administrator_s_language(admin_speaking, roles):
    groups = text_of(admin_speaking("fr").get(reverse("wagtailusers_groups:index")))

    for name in ("Rédacteurs", "Modérateurs", "Traducteurs · espagnol", "Traducteurs · anglais"):
        assert name in groups
    assert "Editors" not in groups and "Traductores" not in groups


def test_saving_a_translated_name_keeps_the_stored_name(admin_speaking, roles):
    client = admin_speaking("es")
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    form = BeautifulSoup(client.get(url).content, "html.parser")
    assert form.select_one('input[name="name"]')["value"] == "Revisión editorial"

    group = Group.objects.get(name=EDITORS)
    group.name = "Editores"
    group.save()
    call_command("setup_roles", stdout=StringIO())

    assert Group.objects.filter(name=EDITORS).count() == 1
    assert not Group.objects.filter(name="Editores").exists()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert Task.objects.filter(name=APPROVAL_TASK_NAME).count() == 1


def test_wagtail_s_own_workflow_reads_in_the_administrator_s_language(admin_speaking, roles):
    workflows = text_of(admin_speaking("es").get(reverse("wagtailadmin_workflows:index")))

    assert "Aprobación de los moderadores" in workflows and "Revisión editorial" in workflows
    assert "approval" not in workflows and "Editorial review" not in workflows


def test_a_name_an_administrator_writes_is_shown_as_written(admin_speaking, roles):
    Group.objects.create(name="Voluntariado de Valencia")

    assert "Voluntariado de Valencia" in text_of(
        admin_speaking("fr").get(reverse("wagtailusers_groups:index"))
    )
