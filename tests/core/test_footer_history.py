"""The footer is edited like a page: a changed footer is a draft that visitors do not see
until it is published, every published version is kept and can be restored, and a new
translation waits as a draft."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.factories import FooterFactory
from tests.translation.localize import save_target, start_translation, translate_strings

PUBLISH = {"action-publish": "action-publish"}


def footer_form(about, licence_note=""):
    return nested_form_data(
        {"about": rich_text(about), "links": streamfield([]), "licence_note": licence_note}
    )


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_core_footer:{name}", args=args)


def shown_to_visitors(client, url="/es/"):
    return client.get(url).text


@pytest.fixture
def footer(homes):
    """A Spanish footer, live, as every footer made before drafts existed."""
    return FooterFactory(about="<p>Red de economia solidaria</p>")


def test_an_edited_footer_stays_a_draft_until_it_is_published(client, admin_client, footer):
    assert "Red de economia solidaria" in shown_to_visitors(client)

    saved = admin_client.post(admin_url("edit", footer.pk), footer_form("<p>Red de Aragon</p>"))

    assert saved.status_code == 302
    assert "Red de economia solidaria" in shown_to_visitors(client)
    assert "Red de Aragon" not in shown_to_visitors(client)

    admin_client.post(admin_url("edit", footer.pk), footer_form("<p>Red de Aragon</p>") | PUBLISH)

    assert "Red de Aragon" in shown_to_visitors(client)
    assert "Red de economia solidaria" not in shown_to_visitors(client)


def test_the_editor_previews_the_draft_visitors_do_not_see(client, admin_client, footer):
    preview = admin_url("preview_on_edit", footer.pk)

    admin_client.post(preview, footer_form("<p>Borrador del pie</p>"))

    assert "Borrador del pie" in admin_client.get(preview).text
    assert "Borrador del pie" not in shown_to_visitors(client)


def test_an_earlier_version_can_be_restored(client, admin_client, footer):
    for about in ("<p>Primer texto</p>", "<p>Segundo texto</p>"):
        admin_client.post(admin_url("edit", footer.pk), footer_form(about) | PUBLISH)
    first = footer.revisions.order_by("created_at", "pk").first()
    assert "Segundo texto" in shown_to_visitors(client)

    history = admin_client.get(admin_url("history", footer.pk))
    revert = admin_url("revisions_revert", footer.pk, first.pk)
    assert revert in history.text
    assert "Primer texto" in admin_client.get(revert).text  # that version, in the form
    admin_client.post(revert, footer_form("<p>Primer texto</p>") | PUBLISH)

    assert "Primer texto" in shown_to_visitors(client)
    assert "Segundo texto" not in shown_to_visitors(client)


def test_a_new_translation_waits_as_a_draft(client, footer):
    translation = start_translation(footer, "fr")
    translate_strings(translation, prefix="FR ")

    save_target(translation, publish=False)

    assert "FR Red de economia solidaria" not in shown_to_visitors(client, "/fr/")
    assert "Red de economia solidaria" in shown_to_visitors(client, "/fr/")  # the default's

    save_target(translation, publish=True)

    assert "FR Red de economia solidaria" in shown_to_visitors(client, "/fr/")
