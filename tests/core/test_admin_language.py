"""The main admin screens, as a Spanish and as a French user sees them, hold no text left
in English. (What the browser draws — the menu, the translation editor — is checked in
tests/browser/test_admin_language.py.)"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.models import Sector
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.core.untranslated import find_english, shown_texts
from tests.translation.localize import save_target, start_translation, translate_strings

# Not interface: the side panel's issue counter, which Wagtail prints as "None" until its
# script fills it in and shows it.
NOT_INTERFACE = ["[data-side-panel-toggle-counter]"]


@pytest.fixture
def site(homes, admin_user):
    """A Spanish story with an image, its index, and a French translation under way."""
    index = StoryIndexPageFactory(parent=homes["es"])
    image = get_image_model().objects.create(
        title="Huerta comunitaria", file=get_test_image_file(size=(1600, 1000))
    )
    story = StoryPageFactory(parent=index, title="Sol de barrio", hero_image=image)
    story.sectors.set(Sector.objects.filter(locale__language_code="es")[:2])
    story.save_revision(user=admin_user).publish()
    index_translation = start_translation(index, "fr")
    translate_strings(index_translation)
    save_target(index_translation)
    translation = start_translation(story, "fr")
    save_target(translation, publish=False)
    french = story.get_translation(translation.target_locale)
    return {"home": homes["es"], "index": index, "story": story, "french_story": french}


def screens(site):
    story, index = site["story"], site["index"]
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[index.pk]),
        "explorer of the home page": reverse("wagtailadmin_explore", args=[site["home"].pk]),
        "edit form": reverse("wagtailadmin_pages:edit", args=[story.pk]),
        "add form": reverse("wagtailadmin_pages:add", args=["stories", "storypage", index.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[story.pk]),
        "translate form": reverse("wagtail_localize:submit_page_translation", args=[story.pk]),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[site["french_story"].pk]),
        "snippet listing": reverse("wagtailsnippets_core_sector:list"),
        "snippet chooser": reverse("wagtailsnippetchoosers_core_territory:choose"),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "document chooser": reverse("wagtaildocs_chooser:choose"),
        "image upload": reverse("wagtailimages:add_multiple"),
        "document upload": reverse("wagtaildocs:add_multiple"),
        "images": reverse("wagtailimages:index"),
    }


def markup(response):
    assert response.status_code == 200, response
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_main_admin_screens_have_no_english_left(admin_speaking, site, language):
    client = admin_speaking(language)

    left_in_english = []
    for screen, url in screens(site).items():
        texts = shown_texts(markup(client.get(url)), skip=NOT_INTERFACE)
        for text, string in find_english(texts, language).items():
            left_in_english.append(f"{screen}: {text!r} (catalogue: {string!r})")

    assert not left_in_english, "\n".join(["Left in English:", *left_in_english])


def soup_of(response):
    return BeautifulSoup(markup(response), "html.parser")


@pytest.mark.parametrize(
    ("language", "language_label", "languages_label"),
    [("es", "Idioma", "Idiomas"), ("fr", "Langue", "Langues")],
)
def test_a_language_is_called_a_language_not_a_region(
    admin_speaking, site, language, language_label, languages_label
):
    client = admin_speaking(language)

    chooser = soup_of(client.get(reverse("wagtailsnippetchoosers_core_territory:choose")))
    translate = soup_of(
        client.get(reverse("wagtail_localize:submit_page_translation", args=[site["story"].pk]))
    )

    assert chooser.select_one('label[for="id_locale"]').get_text(strip=True) == language_label
    assert language_label in [heading.get_text(strip=True) for heading in chooser.select("th")]
    locales = translate.select_one('[data-field-wrapper]:has([data-contentpath="locales"]) label')
    assert locales.find(string=True).strip() == languages_label
    for soup in (chooser, translate):
        assert not {"Región", "Regiones", "Région", "Régions"} & set(soup.stripped_strings)


@pytest.mark.parametrize(
    ("language", "publish_in"), [("es", "Publicar en "), ("fr", "Publier en ")]
)
def test_the_translation_editor_s_publish_button_keeps_its_space(
    admin_speaking, language, publish_in
):
    client = admin_speaking(language)

    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()

    assert f'"Publish in ": "{publish_in}"' in catalogue
