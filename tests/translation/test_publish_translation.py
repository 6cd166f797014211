"""Publishing in the translation editor: the message names what is still untranslated,
and the page gets a slug in its own language."""

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Locale

from core.roles import translator_group
from home.factories import StandardPageFactory
from tests.translation.localize import edit_string, save_target, start_translation


@pytest.fixture
def about(homes):
    """A live Spanish page sent for translation into French: a draft, nothing translated."""
    spanish = StandardPageFactory(
        parent=homes["es"],
        title="Quiénes somos",
        slug="quienes-somos",
        introduction="Una red de economía solidaria.",
    )
    translation = start_translation(spanish, "fr")
    save_target(translation, publish=False)
    french = spanish.get_translation(Locale.objects.get(language_code="fr"))
    return french, translation


@pytest.fixture
def translator(client, member):
    client.force_login(member(translator_group("fr"), admin_language="fr"))
    return client


def publish(client, page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    page.refresh_from_db()
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_message_names_the_segments_still_in_spanish(
    translator, about, django_capture_on_commit_callbacks
):
    french, translation = about
    edit_string(translator, translation, "Quiénes somos", "Qui sommes-nous ?")

    messages = publish(translator, french, django_capture_on_commit_callbacks)

    assert french.live
    assert len(messages) == 1
    assert "« Qui sommes-nous ? » a été publié en français." in messages[0]
    assert "<li>Introduction : « Una red de economía solidaria. »</li>" in messages[0]
    assert "les visiteurs les lisent donc en espagnol" in messages[0]
    assert "Quiénes somos" not in messages[0]


def test_a_fully_translated_page_is_simply_published(
    translator, about, django_capture_on_commit_callbacks
):
    french, translation = about
    edit_string(translator, translation, "Quiénes somos", "Qui sommes-nous ?")
    edit_string(translator, translation, "Una red de economía solidaria.", "Un réseau solidaire.")
    edit_string(translator, translation, "quienes-somos", "qui-sommes-nous")

    messages = publish(translator, french, django_capture_on_commit_callbacks)

    assert messages == ["« Qui sommes-nous ? » a été publié en français."]


def test_the_slug_comes_from_the_translated_title_when_none_is_given(
    translator, about, django_capture_on_commit_callbacks
):
    french, translation = about
    edit_string(translator, translation, "Quiénes somos", "Qui sommes-nous ?")

    publish(translator, french, django_capture_on_commit_callbacks)

    assert french.slug == "qui-sommes-nous"
    assert french.url == "/fr/qui-sommes-nous/"


def test_a_slug_the_translator_gave_is_kept(translator, about, django_capture_on_commit_callbacks):
    french, translation = about
    edit_string(translator, translation, "Quiénes somos", "Qui sommes-nous ?")
    edit_string(translator, translation, "quienes-somos", "a-propos")

    publish(translator, french, django_capture_on_commit_callbacks)

    assert french.slug == "a-propos"
