"""A fourth language, Catalan, added by following the README's "Adding a language" steps:
its translators get a group whose rights stop at the Catalan home, visitors are offered
Catalan where a page has a Catalan translation, and the coverage report counts it."""

import csv
import io
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import pgettext_lazy
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation

from home.factories import StandardPageFactory
from sse_site.settings.languages import content_languages
from tests.translation.localize import edit_string, translate_strings


@pytest.fixture
def catalan_in_settings(settings):
    """Step 1: ("ca", "Català") in LANGUAGES and its name in CONTENT_LANGUAGE_NAMES, from
    which the settings derive the content languages."""
    settings.LANGUAGES = [*settings.LANGUAGES, ("ca", "Català")]
    settings.CONTENT_LANGUAGE_NAMES = {
        **settings.CONTENT_LANGUAGE_NAMES,
        "ca": pgettext_lazy("name of a content language", "Catalan"),
    }
    settings.WAGTAIL_CONTENT_LANGUAGES = content_languages(
        settings.LANGUAGES, settings.CONTENT_LANGUAGE_NAMES
    )


@pytest.fixture
def about(homes):
    return StandardPageFactory(
        parent=homes["es"], title="Quiénes somos", slug="quienes-somos", introduction="Hola."
    )


def translate_in_the_admin(client, page, language_code):
    """What "Translate" on a page does, choosing one language: a draft translation."""
    locale = Locale.objects.get(language_code=language_code)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302
    return Page.objects.get(translation_key=page.translation_key, locale=locale).specific


@pytest.fixture
def catalan(catalan_in_settings, admin_client, homes, about):
    """Step 3, in the admin: add the Català locale and translate the home page into it
    (a draft); then, as the README says, run setup_roles again."""
    response = admin_client.post(reverse("wagtaillocales:add"), {"language_code": "ca"})
    assert response.status_code == 302
    home = translate_in_the_admin(admin_client, homes["es"], "ca")
    about_ca = translate_in_the_admin(admin_client, about, "ca")
    call_command("setup_roles", stdout=StringIO())
    return {"home": home, "about": about_ca}


@pytest.fixture
def catalan_translator(django_user_model, catalan):
    user = django_user_model.objects.create_user(username="translator-ca", password="x")
    user.groups.add(Group.objects.get(name__contains="Catalan"))
    return user


def publish_in_the_translation_editor(client, page, source_title, title, capture):
    """The translator types the title, the other texts get a placeholder, and they
    publish the translation."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    assert edit_string(client, translation, source_title, title).status_code in (200, 201)
    translate_strings(translation, prefix="CA ")
    with capture(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302


def test_setup_roles_gives_catalan_translators_the_catalan_tree_only(catalan, homes):
    group = Group.objects.get(name__contains="Catalan")

    grants = GroupPagePermission.objects.filter(group=group)
    assert {grant.page_id for grant in grants} == {catalan["home"].pk}
    assert {grant.permission.codename for grant in grants} == {"change_page", "publish_page"}


def test_a_catalan_translator_edits_catalan_pages_and_not_spanish_ones(
    client, catalan_translator, catalan, about
):
    client.force_login(catalan_translator)

    assert client.get(f"/admin/pages/{catalan['about'].pk}/edit/").status_code == 200
    refused = client.get(f"/admin/pages/{about.pk}/edit/")
    assert refused.status_code == 403
    assert "Este contenido está en español." in refused.content.decode()


def test_visitors_are_offered_catalan_where_a_page_is_translated(
    client, catalan_translator, catalan, about, django_capture_on_commit_callbacks
):
    client.force_login(catalan_translator)
    publish_in_the_translation_editor(
        client, catalan["home"], "Soleil", "Soleil", django_capture_on_commit_callbacks
    )
    publish_in_the_translation_editor(
        client, catalan["about"], "Quiénes somos", "Qui som", django_capture_on_commit_callbacks
    )
    client.logout()
    untranslated = StandardPageFactory(parent=about.get_parent(), title="Aviso legal")

    spanish = BeautifulSoup(client.get("/es/quienes-somos/").content, "html.parser")

    switcher = spanish.select_one('nav.language-switcher a[hreflang="ca"]')
    assert switcher.get_text(strip=True) == "Català"
    alternate = spanish.select_one('link[rel="alternate"][hreflang="ca"]')["href"]
    assert alternate.startswith("http://testserver/ca/")
    og_alternates = spanish.select('meta[property="og:locale:alternate"]')
    assert "ca_ES" in [tag["content"] for tag in og_alternates]
    catalan_page = client.get(switcher["href"])
    assert catalan_page.status_code == 200
    assert '<html lang="ca">' in catalan_page.text and "Qui som" in catalan_page.text
    assert f"http://testserver{switcher['href']}" == alternate

    not_translated = BeautifulSoup(client.get(untranslated.url).content, "html.parser")
    assert not not_translated.select('link[rel="alternate"][hreflang="ca"]')
    assert not_translated.select_one('nav.language-switcher a[hreflang="ca"]')["href"] == "/ca/"


def test_the_coverage_report_has_catalan(admin_client, client, catalan_translator, catalan):
    response = admin_client.get("/admin/reports/translation-coverage/?export=csv")
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_language = {}
    for _section, language, *counts in lines[1:]:
        by_language.setdefault(language, []).append(counts)
    assert list(by_language) == ["Español", "Francés", "Inglés", "Catalan"]
    # Other pages: the home and "Quiénes somos", both Catalan drafts with texts to translate.
    assert by_language["Catalan"][-1] == ["2", "0", "2", "0", "2"]

    client.force_login(catalan_translator)
    panel = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    summary = panel.select_one(".translation-coverage-summary").get_text(" ", strip=True)
    assert summary.startswith("Catalan:")
