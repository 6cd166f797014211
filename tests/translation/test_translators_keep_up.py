"""A translator brings their translation up to date after its source is published,
with no editor involved: from their dashboard to the translation editor, as a draft
that publishes nothing and leaves the other languages alone."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import TranslationLog

from core.roles import translator_group
from core.translation_coverage import coverage_rows
from stories.models import StoryPage
from tests.translation.conftest import PARAGRAPHS
from tests.translation.localize import (
    edit_string,
    save_target,
    start_translation,
    translate_strings,
    untranslated_strings,
)

CHANGED = "Las personas socias deciden juntas, una persona, un voto."


@pytest.fixture
def story(page_kinds):
    """A live Spanish story with live French and English translations, all translated."""
    spanish = page_kinds["story"].build(PARAGRAPHS)
    translations = {}
    for language_code in ("fr", "en"):
        translation = start_translation(spanish, language_code)
        translate_strings(translation, prefix=f"{language_code.upper()} ")
        save_target(translation, publish=True)
        translations[language_code] = translation
    return StoryPage.objects.get(pk=spanish.pk), translations


def in_language(page, language_code):
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


def paragraphs(page):
    return [str(block.value) for block in page.body if block.block_type == "paragraph"]


def publish_a_changed_paragraph(spanish):
    """What the editor does: change the second paragraph and publish."""
    spanish.body[1].value = spanish.body[1].block.to_python(f"<p>{CHANGED}</p>")
    spanish.save_revision().publish()


def to_update(language_code):
    return next(
        row.to_update
        for row in coverage_rows()
        if row.section == "stories" and row.language_code == language_code
    )


@pytest.fixture
def translator(client, member):
    client.force_login(
        member(translator_group("fr"), username="translator-fr", admin_language="fr")
    )
    return client


def test_the_french_translator_takes_the_change_in_and_publishes_it_alone(
    translator, story, django_capture_on_commit_callbacks
):
    spanish, translations = story
    french, english = in_language(spanish, "fr"), in_language(spanish, "en")
    english_revision = english.latest_revision_id
    publish_a_changed_paragraph(spanish)
    spanish_revision = StoryPage.objects.get(pk=spanish.pk).latest_revision_id
    update_url = f"/admin/translations/{translations['fr'].pk}/update/"
    edit_url = f"/admin/pages/{french.pk}/edit/"

    dashboard = translator.get("/admin/").content.decode()
    assert edit_url in dashboard and update_url in dashboard
    assert french.title in dashboard and english.title not in dashboard
    assert update_url in translator.get(edit_url).content.decode()

    assert translator.get(update_url).status_code == 200
    response = translator.post(update_url)

    assert response.status_code == 302 and response["Location"] == edit_url
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Mise à jour depuis l’original (espagnol) enregistrée comme brouillon : "
        "1 segment à traduire."
    ]
    french.refresh_from_db()
    assert french.live and not paragraphs(french)[1].startswith(f"<p>{CHANGED}")
    assert paragraphs(french)[1] == "<p>FR Las personas socias deciden juntas.</p>"
    draft = french.get_latest_revision_as_object()
    assert paragraphs(draft) == [
        "<p>FR La cooperativa nació en un barrio obrero.</p>",
        f"<p>{CHANGED}</p>",
        "<p>FR Hoy da trabajo a veinte personas.</p>",
    ]
    assert untranslated_strings(translations["fr"]) == [CHANGED]
    visitor = Client().get(french.url).content.decode()
    assert "FR Las personas socias deciden juntas." in visitor and CHANGED not in visitor

    assert CHANGED in translator.get(edit_url).content.decode()
    assert edit_string(translator, translations["fr"], CHANGED, "FR Une personne, une voix.")
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url, {"action": "publish"})

    french.refresh_from_db()
    assert french.live and paragraphs(french) == [
        "<p>FR La cooperativa nació en un barrio obrero.</p>",
        "<p>FR Une personne, une voix.</p>",
        "<p>FR Hoy da trabajo a veinte personas.</p>",
    ]
    english.refresh_from_db()
    assert english.latest_revision_id == english_revision
    assert paragraphs(english)[1] == "<p>EN Las personas socias deciden juntas.</p>"
    assert TranslationLog.objects.filter(locale=english.locale).count() == 1
    assert StoryPage.objects.get(pk=spanish.pk).latest_revision_id == spanish_revision


def test_the_report_counts_the_translation_until_its_last_segment_is_translated(translator, story):
    spanish, translations = story
    publish_a_changed_paragraph(spanish)
    report = "/admin/reports/translation-coverage/"

    assert (to_update("fr"), to_update("en")) == (1, 1)
    assert "l’original a changé" in translator.get(report).content.decode()

    translator.post(f"/admin/translations/{translations['fr'].pk}/update/")
    assert (to_update("fr"), to_update("en")) == (1, 1)
    listing = translator.get(report).content.decode()
    assert "1 segment à traduire" in listing and "l’original a changé" not in listing

    edit_string(translator, translations["fr"], CHANGED, "FR Une personne, une voix.")
    assert (to_update("fr"), to_update("en")) == (0, 1)
    assert in_language(spanish, "fr").title not in translator.get(report).content.decode()


def test_after_an_editor_s_sync_the_pending_segment_still_counts(admin_client, translator, story):
    spanish, translations = story
    publish_a_changed_paragraph(spanish)

    admin_client.post(f"/admin/localize/update/{translations['fr'].source_id}/", {})

    assert untranslated_strings(translations["fr"]) == [CHANGED]
    assert to_update("fr") == 1
    dashboard = translator.get("/admin/").content.decode()
    assert "1 segment à traduire" in dashboard
    assert f"/admin/pages/{in_language(spanish, 'fr').pk}/edit/" in dashboard


def test_a_translator_opening_the_source_s_sync_view_is_told_why_and_where(translator, story):
    _spanish, translations = story

    response = translator.get(f"/admin/localize/update/{translations['fr'].source_id}/")

    html = response.content.decode()
    assert response.status_code == 403
    assert "espagnol" in html
    assert f"/admin/translations/{translations['fr'].pk}/update/" in html
    assert f"/admin/translations/{translations['en'].pk}/update/" not in html


def test_another_language_s_translator_cannot_update_the_french_translation(client, member, story):
    spanish, translations = story
    publish_a_changed_paragraph(spanish)
    client.force_login(member(translator_group("es")))
    french_revision = in_language(spanish, "fr").latest_revision_id

    response = client.post(f"/admin/translations/{translations['fr'].pk}/update/")

    assert response.status_code == 403 and "francés" in response.content.decode()
    assert in_language(spanish, "fr").latest_revision_id == french_revision


def test_a_translator_s_dashboard_shows_only_their_language(translator, story):
    spanish, _translations = story
    publish_a_changed_paragraph(spanish)

    dashboard = translator.get("/admin/").content.decode()

    assert "<strong>Français:</strong>" in dashboard
    assert "<strong>English:</strong>" not in dashboard
