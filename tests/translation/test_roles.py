"""Editors, moderators and translators: each can do their job and nothing else."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage
from wagtail_localize.models import StringTranslation

from core.factories import SectorFactory, locale
from core.roles import EDITORS, MODERATORS, WORKFLOW_NAME, translator_group, translator_groups
from home.factories import StandardPageFactory
from tests.translation.localize import (
    edit_string,
    save_target,
    start_translation,
    translate_strings,
)


@pytest.fixture
def about(homes):
    """A live Spanish page and its live French translation made with wagtail-localize."""
    spanish = StandardPageFactory(
        parent=homes["es"], title="Quiénes somos", slug="quienes-somos", introduction="Hola."
    )
    translation = start_translation(spanish, "fr")
    translate_strings(translation)
    save_target(translation, publish=True)
    french = spanish.get_translation(Locale.objects.get(language_code="fr"))
    return {"es": spanish.specific, "fr": french.specific, "translation": translation}


def test_setup_roles_is_idempotent_and_scopes_translators_to_their_language(homes):
    call_command("setup_roles", stdout=StringIO())
    counts = (Group.objects.count(), GroupPagePermission.objects.count())
    call_command("setup_roles", stdout=StringIO())

    assert (Group.objects.count(), GroupPagePermission.objects.count()) == counts
    for language_code, name in translator_groups().items():
        grants = GroupPagePermission.objects.filter(group__name=name)
        assert {grant.page_id for grant in grants} == {homes[language_code].pk}
        assert {grant.permission.codename for grant in grants} == {"change_page", "publish_page"}
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assigned = WorkflowPage.objects.filter(workflow=workflow).values_list("page_id", flat=True)
    assert set(assigned) == {home.pk for home in homes.values()}
    assert Group.objects.get(name=EDITORS).permissions.filter(codename="submit_translation")


def test_a_translator_opens_their_language_and_gets_403_elsewhere(client, member, about, homes):
    client.force_login(member(translator_group("fr")))

    assert client.get(f"/admin/pages/{about['fr'].pk}/edit/").status_code == 200
    refused = client.get(f"/admin/pages/{about['es'].pk}/edit/")
    assert refused.status_code == 403
    assert "Este contenido está en español." in refused.content.decode()


def test_the_403_speaks_the_translator_s_admin_language_whatever_the_browser_asks(
    client, member, about
):
    client.force_login(member(translator_group("fr"), admin_language="fr"))

    refused = client.get(f"/admin/pages/{about['es'].pk}/edit/", HTTP_ACCEPT_LANGUAGE="en")

    assert refused.status_code == 403
    assert "Ce contenu est dans une autre langue" in refused.content.decode()


def test_a_translator_cannot_change_or_unpublish_the_source(client, member, about):
    client.force_login(member(translator_group("fr")))
    spanish = about["es"]

    edit = client.post(
        f"/admin/pages/{spanish.pk}/edit/",
        {"title": "Cambiado", "slug": spanish.slug, "introduction": "x", "action-publish": "1"},
    )
    unpublish = client.post(f"/admin/pages/{spanish.pk}/unpublish/")

    assert edit.status_code == 403 and unpublish.status_code == 403
    spanish.refresh_from_db()
    assert spanish.title == "Quiénes somos" and spanish.live


def test_a_translator_translates_and_publishes_in_their_language(
    client, member, about, django_capture_on_commit_callbacks
):
    client.force_login(member(translator_group("fr")))
    french, translation = about["fr"], about["translation"]

    assert edit_string(client, translation, "Quiénes somos", "Qui sommes-nous").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{french.pk}/edit/", {"action": "publish"})

    assert response.status_code == 302
    french.refresh_from_db()
    about["es"].refresh_from_db()
    assert french.title == "Qui sommes-nous" and french.live
    assert about["es"].title == "Quiénes somos"


def test_another_language_s_translator_cannot_write_its_strings(client, member, about):
    client.force_login(member(translator_group("es")))

    response = edit_string(client, about["translation"], "Quiénes somos", "Pirateado")

    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Pirateado").exists()


def test_translators_edit_snippets_of_their_own_language_only(client, member, roles):
    client.force_login(member(translator_group("es")))
    spanish = SectorFactory(name="Banca ética", slug="banca-etica", locale=locale("es"))
    french = SectorFactory(name="Banque éthique", slug="banque-ethique", locale=locale("fr"))

    assert client.get(f"/admin/snippets/core/sector/edit/{spanish.pk}/").status_code == 200
    assert client.get(f"/admin/snippets/core/sector/edit/{french.pk}/").status_code == 403


def test_a_translation_sent_for_moderation_goes_live_in_its_language_only(member, about):
    translator = member(translator_group("fr"))
    moderator = member(MODERATORS)
    french, spanish = about["fr"], about["es"]
    french.title = "Qui sommes-nous ?"
    revision = french.save_revision(user=translator)
    spanish.title = "Borrador sin publicar"
    spanish.save_revision()

    workflow_state = french.get_workflow().start(french, translator)
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.user_can_access_editor(french, moderator)
    assert not task_state.task.specific.user_can_access_editor(french, translator)
    task_state.task.specific.on_action(task_state, moderator, "approve")

    french.refresh_from_db()
    spanish.refresh_from_db()
    assert french.live and french.title == "Qui sommes-nous ?"
    assert french.live_revision_id == revision.pk
    assert spanish.title == "Quiénes somos" and spanish.has_unpublished_changes


def test_editors_submit_for_translation_and_translators_do_not(member):
    editor = member(EDITORS)
    translator = member(translator_group("en"))
    permission = Permission.objects.get(codename="submit_translation")

    assert editor.has_perm(f"{permission.content_type.app_label}.submit_translation")
    assert not translator.has_perm(f"{permission.content_type.app_label}.submit_translation")
