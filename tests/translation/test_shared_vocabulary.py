"""Translating a page never puts a shared vocabulary term at risk: a term that exists in
the target language is linked, not queued for translation; a missing one is reported,
not created. Driven through wagtail-localize's own submit and edit views."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.factories import TerritoryFactory, locale
from core.models import EventType, OrganisationForm, Territory
from core.roles import EDITORS, translator_group
from events.models import EventPage
from stories.models import StoryPage
from tests.translation.conftest import PARAGRAPHS


def term(model, name, language_code="es"):
    return model.objects.get(name=name, locale=locale(language_code))


def submit(client, page, language_code="fr"):
    """What "Translate this page" does when an editor picks one language."""
    return client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale(language_code).pk]}
    )


def term_translations():
    vocabularies = ContentType.objects.get_for_models(Territory, OrganisationForm, EventType)
    return Translation.objects.filter(source__specific_content_type__in=vocabularies.values())


@pytest.fixture
def editor(client, member):
    client.force_login(member(EDITORS))
    return client


@pytest.fixture
def aragon_story(page_kinds):
    story = page_kinds["story"].build(PARAGRAPHS)
    story.territory = term(Territory, "Aragón")
    story.organisation_form = term(OrganisationForm, "Cooperativa")
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def test_a_story_s_translation_links_the_french_terms_and_queues_none(editor, member, aragon_story):
    french_aragon = term(Territory, "Aragon", "fr")

    assert submit(editor, aragon_story).status_code == 302

    french = aragon_story.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.territory == french_aragon
    assert french.organisation_form == term(OrganisationForm, "Coopérative", "fr")
    assert not term_translations().exists()
    french_aragon.refresh_from_db()
    assert (french_aragon.name, french_aragon.slug) == ("Aragon", "aragon")
    translator = editor
    translator.force_login(member(translator_group("fr"), admin_language="fr"))
    editor_page = translator.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert "Aragón" not in editor_page and "js-translation-editor" in editor_page
    assert "Aragón" not in translator.get("/admin/").content.decode()


def test_an_event_s_type_and_territory_are_linked_not_translated(editor, page_kinds):
    event = page_kinds["event"].build(PARAGRAPHS)
    event.territory = term(Territory, "Aragón")
    event.save_revision().publish()

    submit(editor, EventPage.objects.get(pk=event.pk))

    french = event.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.event_type == term(EventType, "Foire", "fr")
    assert french.territory == term(Territory, "Aragon", "fr")
    assert not term_translations().exists()


def test_a_term_missing_in_french_is_reported_not_created(editor, member, aragon_story):
    comarca = TerritoryFactory(name="Comarca del Matarraña")
    aragon_story.territory = comarca
    aragon_story.save_revision().publish()

    submit(editor, aragon_story)

    assert list(Territory.objects.filter(translation_key=comarca.translation_key)) == [comarca]
    assert not term_translations().exists()
    french = aragon_story.get_translation(Locale.objects.get(language_code="fr"))
    editor.force_login(member(translator_group("fr"), admin_language="fr"))
    html = editor.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert "Territoire : Comarca del Matarraña" in html
    assert "l’équipe éditoriale les ajoute dans Vocabulaires" in html
