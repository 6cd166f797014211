"""Translations outside the happy path: PO files, deleting a language, deleting a
translation."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page

from home.factories import StandardPageFactory
from tests.translation.localize import save_target, start_translation, translate_strings


@pytest.fixture
def translated_about(homes):
    spanish = StandardPageFactory(
        parent=homes["es"],
        title="Quiénes somos",
        slug="quienes-somos",
        introduction="Una red de economía solidaria.",
    )
    translation = start_translation(spanish, "fr")
    translate_strings(translation)
    save_target(translation, publish=True)
    return spanish, translation


def test_a_po_file_round_trip_changes_the_translation(
    admin_client, translated_about, django_capture_on_commit_callbacks
):
    spanish, translation = translated_about
    download = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download["Content-Type"] == "text/x-gettext-translation"
    po = polib.pofile(download.content.decode())
    entry = next(e for e in po if e.msgid == "Una red de economía solidaria.")
    entry.msgstr = "Un réseau d'économie solidaire."

    upload = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("fr.po", str(po).encode()), "next": "/admin/"},
    )
    assert upload.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    french = spanish.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.introduction == "Un réseau d'économie solidaire."
    assert french.title == "FR Quiénes somos"


def test_a_language_with_content_cannot_be_deleted(admin_client, translated_about):
    french = Locale.objects.get(language_code="fr")

    admin_client.post(f"/admin/locales/delete/{french.pk}/")

    assert Locale.objects.filter(pk=french.pk).exists()
    assert Page.objects.filter(locale=french).exists()


def test_deleting_the_french_page_leaves_the_spanish_one(admin_client, translated_about):
    spanish, _translation = translated_about
    french = spanish.get_translation(Locale.objects.get(language_code="fr"))

    response = admin_client.post(f"/admin/pages/{french.pk}/delete/")

    assert response.status_code == 302
    assert not Page.objects.filter(pk=french.pk).exists()
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "Quiénes somos"
