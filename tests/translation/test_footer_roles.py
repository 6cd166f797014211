"""Who may publish the footer: as with pages, editors save drafts, moderators publish
(and lock), and each translators' group publishes its own language's footer only."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.factories import FooterFactory, locale
from core.models import Footer
from core.roles import EDITORS, MODERATORS, translator_group

PUBLISH = {"action-publish": "action-publish"}


def changed_footer(about):
    return (
        nested_form_data({"about": rich_text(about), "links": streamfield([]), "licence_note": ""})
        | PUBLISH
    )


def edit_url(footer):
    return reverse("wagtailsnippets_core_footer:edit", args=[footer.pk])


def published_text(footer):
    return Footer.objects.get(pk=footer.pk).about


def draft_text(footer):
    return Footer.objects.get(pk=footer.pk).latest_revision.as_object().about


@pytest.fixture
def footers(homes):
    return {
        code: FooterFactory(locale=locale(code), about=f"<p>Pie {code}</p>")
        for code in ("es", "fr")
    }


def test_an_editor_s_change_waits_as_a_draft(client, member, footers):
    client.force_login(member(EDITORS))

    client.post(edit_url(footers["es"]), changed_footer("<p>Nuevo pie</p>"))

    assert "Nuevo pie" in draft_text(footers["es"])
    assert published_text(footers["es"]) == "<p>Pie es</p>"


def test_a_moderator_publishes_and_locks_the_footer(client, member, footers):
    client.force_login(member(MODERATORS))

    client.post(edit_url(footers["es"]), changed_footer("<p>Nuevo pie</p>"))
    lock = client.post(reverse("wagtailsnippets_core_footer:lock", args=[footers["es"].pk]))

    assert "Nuevo pie" in published_text(footers["es"])
    assert lock.status_code == 302
    assert Footer.objects.get(pk=footers["es"].pk).locked


def test_a_translator_publishes_their_language_s_footer_only(client, member, footers):
    client.force_login(member(translator_group("fr")))

    client.post(edit_url(footers["fr"]), changed_footer("<p>Nouveau pied de page</p>"))
    refused = client.post(edit_url(footers["es"]), changed_footer("<p>Cambiado</p>"))

    assert "Nouveau pied de page" in published_text(footers["fr"])
    assert refused.status_code == 403
    assert published_text(footers["es"]) == "<p>Pie es</p>"
