"""A renamed or moved page keeps its old address working, in its own language only."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from core.factories import translate_page
from home.factories import StandardPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def stories(homes):
    index = StoryIndexPageFactory(parent=homes["es"])
    indexes = {
        "es": index,
        "fr": translate_page(index, "fr", title="Récits", slug="recits"),
        "en": translate_page(index, "en", title="Stories", slug="stories"),
    }
    spanish = StoryPageFactory(parent=index, title="La Huerta Común", slug="la-huerta")
    return {
        "indexes": indexes,
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Le Jardin commun", slug="le-jardin"),
        "en": translate_page(spanish, "en", title="The Common Garden", slug="the-garden"),
    }


def rename(page, slug, capture):
    """Change the slug as an editor does: on the page as stored, then publish."""
    page = type(page).objects.get(pk=page.pk)
    page.slug = slug
    with capture(execute=True):
        page.save_revision().publish()


def assert_permanent_redirect(client, old, new):
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    assert client.get(new).status_code == 200


@pytest.mark.parametrize(
    ("language", "old", "new_slug", "new"),
    [
        ("es", "/es/historias/la-huerta/", "huerta-comun", "/es/historias/huerta-comun/"),
        ("fr", "/fr/recits/le-jardin/", "jardin-commun", "/fr/recits/jardin-commun/"),
        ("en", "/en/stories/the-garden/", "common-garden", "/en/stories/common-garden/"),
    ],
)
def test_renamed_story_redirects_from_its_old_url(
    client, stories, django_capture_on_commit_callbacks, language, old, new_slug, new
):
    rename(stories[language], new_slug, django_capture_on_commit_callbacks)

    assert_permanent_redirect(client, old, new)


def test_a_redirect_does_not_leak_into_other_languages(
    client, stories, django_capture_on_commit_callbacks
):
    rename(stories["es"], "huerta-comun", django_capture_on_commit_callbacks)

    assert client.get("/fr/recits/la-huerta/").status_code == 404
    assert client.get("/en/stories/la-huerta/").status_code == 404
    # The translations keep their own addresses, untouched.
    assert client.get("/fr/recits/le-jardin/").status_code == 200
    assert client.get("/en/stories/the-garden/").status_code == 200
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/es/historias/la-huerta"]


def test_old_url_without_language_reaches_the_new_page(
    client, stories, django_capture_on_commit_callbacks
):
    rename(stories["es"], "huerta-comun", django_capture_on_commit_callbacks)

    response = client.get("/historias/la-huerta/", headers={"accept-language": "es"}, follow=True)

    assert response.redirect_chain[-1][0] == "/es/historias/huerta-comun/"
    assert response.status_code == 200


def test_renamed_index_keeps_its_stories_reachable(
    client, stories, django_capture_on_commit_callbacks
):
    rename(stories["indexes"]["fr"], "temoignages", django_capture_on_commit_callbacks)

    assert_permanent_redirect(client, "/fr/recits/", "/fr/temoignages/")
    assert_permanent_redirect(client, "/fr/recits/le-jardin/", "/fr/temoignages/le-jardin/")


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        ("es", "/es/aviso-legal/", "/es/sobre-soleil/aviso-legal/"),
        ("fr", "/fr/mentions-legales/", "/fr/a-propos/mentions-legales/"),
        ("en", "/en/legal-notice/", "/en/about/legal-notice/"),
    ],
)
def test_moved_page_redirects_from_its_old_url(client, about_pages, language, old, new):
    spanish = StandardPageFactory(
        parent=about_pages["es"].get_parent(), title="Aviso legal", slug="aviso-legal"
    )
    legal = {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Mentions légales", slug="mentions-legales"),
        "en": translate_page(spanish, "en", title="Legal notice", slug="legal-notice"),
    }

    legal[language].move(about_pages[language], pos="last-child")

    assert_permanent_redirect(client, old, new)
    other = next(code for code in ("es", "fr", "en") if code != language)
    assert client.get(f"/{other}{old[3:]}").status_code == 404
