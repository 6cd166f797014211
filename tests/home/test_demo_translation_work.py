"""The demo leaves one page to translate, so translators who log in find work in
wagtail-localize's editor and the coverage report shows it."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale

from core.roles import translator_group
from core.translation_coverage import coverage_rows
from home.models import StandardPage


@pytest.mark.django_db
def test_translators_find_a_draft_to_translate_in_their_language(client, django_user_model):
    call_command("load_demo", stdout=io.StringIO())
    spanish = StandardPage.objects.get(slug="como-traducimos", locale__language_code="es")
    french = spanish.get_translation(Locale.objects.get(language_code="fr"))
    translator = django_user_model.objects.create_user(username="thomas", password="x")
    translator.groups.add(Group.objects.get(name=translator_group("fr")))
    client.force_login(translator)

    editor = client.get(f"/admin/pages/{french.pk}/edit/")

    assert spanish.live and not french.live
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()
    other = next(r for r in coverage_rows() if r.section == "other" and r.language_code == "fr")
    assert other.draft == 1
