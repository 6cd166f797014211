"""Every page type tells link previews and search engines its title, description,
image (its own, else the site's default) and canonical URL."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from core.models import EventType, SocialMediaSettings
from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from engagement.factories import GetInvolvedPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory, occurrence
from home.factories import StandardPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

BASE = "http://testserver"


def make_image(title):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(size=(1600, 1000))
    )


@pytest.fixture
def default_image(db):
    image = make_image("Soleil")
    settings = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_social_image = image
    settings.twitter_handle = "soleil_ess"
    settings.save()
    return image


@pytest.fixture
def pages_of_every_type(homes):
    home = homes["es"]
    story_index = StoryIndexPageFactory(parent=home, introduction="Historias de la ESS.")
    module_index = CurriculumIndexPageFactory(parent=home, introduction="Módulos para el aula.")
    event_index = EventIndexPageFactory(parent=home, introduction="Ferias y foros.")
    event = EventPageFactory(
        parent=event_index,
        hero_image=make_image("Feria"),
        event_type=EventType.objects.filter(locale__language_code="es").first(),
    )
    event.occurrences = [occurrence(10)]
    event.save_revision().publish()
    return {
        "home": home,
        "standard": StandardPageFactory(parent=home, introduction="Quiénes somos."),
        "story_index": story_index,
        "story": StoryPageFactory(parent=story_index, hero_image=make_image("Huerta")),
        "module_index": module_index,
        "module": ModulePageFactory(parent=module_index),
        "event_index": event_index,
        "event": event,
        "form": GetInvolvedPageFactory(parent=home),
    }


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser").head


def meta(head, key):
    tag = head.find("meta", attrs={"property": key}) or head.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


@pytest.mark.parametrize(
    "page_type",
    [
        "home",
        "standard",
        "story_index",
        "story",
        "module_index",
        "module",
        "event_index",
        "event",
        "form",
    ],
)
def test_every_page_type_has_sharing_tags(client, pages_of_every_type, default_image, page_type):
    page = pages_of_every_type[page_type].specific
    head = head_of(client, page)

    url = BASE + page.url
    assert head.find("link", rel="canonical")["href"] == url
    assert meta(head, "og:url") == url
    assert meta(head, "og:title") == (page.seo_title or page.title)
    assert meta(head, "og:description") == page.meta_description != ""
    assert meta(head, "description") == page.meta_description
    image = meta(head, "og:image")
    assert image.startswith(BASE + "/media/images/")
    assert image.endswith(".jpg")
    assert meta(head, "twitter:image") == image
    assert meta(head, "twitter:card") == "summary_large_image"
    assert meta(head, "twitter:site") == "@soleil_ess"


def shared_image(head):
    """What a link preview shows: (width, height, format, the uploaded image it comes from)."""
    url = meta(head, "og:image")
    path = Path(settings.MEDIA_ROOT) / url.removeprefix(BASE + settings.MEDIA_URL)
    with Image.open(path) as shown:
        return shown.width, shown.height, shown.format, path.name.split(".")[0]


def uploaded_as(image):
    return Path(image.file.name).stem


@pytest.mark.parametrize("page_type", ["story", "event"])
def test_a_pages_own_image_comes_before_the_default(
    client, pages_of_every_type, default_image, page_type
):
    page = pages_of_every_type[page_type]
    head = head_of(client, page)

    assert shared_image(head) == (1200, 630, "JPEG", uploaded_as(page.hero_image))
    assert (meta(head, "og:image:width"), meta(head, "og:image:height")) == ("1200", "630")


def test_pages_without_an_image_share_the_default(client, pages_of_every_type, default_image):
    head = head_of(client, pages_of_every_type["module"])

    assert shared_image(head) == (1200, 630, "JPEG", uploaded_as(default_image))
    assert meta(head, "og:image:alt") is None  # the default image's text is in one language


def test_without_any_image_the_card_is_a_summary(client, pages_of_every_type):
    head = head_of(client, pages_of_every_type["module"])

    assert meta(head, "og:image") is None
    assert meta(head, "twitter:card") == "summary"
    assert meta(head, "twitter:site") is None


def test_canonical_drops_filters_but_keeps_the_page_number(client, pages_of_every_type):
    index = pages_of_every_type["story_index"]

    first = head_of_path(client, index.url + "?sector=agroecologia&utm_source=x")
    later = head_of_path(client, index.url + "?page=2&sector=agroecologia")

    assert first.find("link", rel="canonical")["href"] == BASE + index.url
    assert later.find("link", rel="canonical")["href"] == BASE + index.url + "?page=2"


def head_of_path(client, path):
    response = client.get(path)
    return BeautifulSoup(response.content, "html.parser").head


def test_translated_page_has_its_own_canonical_and_locale(client, about_pages, default_image):
    head = head_of(client, about_pages["fr"])

    assert head.find("link", rel="canonical")["href"] == BASE + "/fr/a-propos/"
    assert meta(head, "og:locale") == "fr_FR"
    assert meta(head, "og:title") == "À propos de Soleil"


def test_error_page_has_no_canonical(client, homes):
    response = client.get("/es/no-existe/")

    head = BeautifulSoup(response.content, "html.parser").head
    assert response.status_code == 404
    assert head.find("link", rel="canonical") is None
