"""What the page cache keeps, for whom, and what it never keeps (CSRF tokens, sessions,
drafts, previews, form pages, responses that set cookies, private pages)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from engagement.factories import GetInvolvedPageFactory
from tests.cache.conftest import cache_state


@pytest.fixture
def story(make_story):
    return make_story(title="La huerta común", slug="la-huerta-comun", summary="Una huerta.")


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editora", "e@example.org", "pw")


def test_an_anonymous_visitor_gets_the_second_view_from_the_cache(client, story):
    first = client.get(story.url)
    second = client.get(story.url)

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Set-Cookie" not in second


def test_each_language_and_each_filter_is_kept_apart(client, story, make_story):
    make_story("fr", title="Le jardin", slug="le-jardin")
    spanish = client.get("/es/historias/")
    french = client.get("/fr/recits/")
    filtered = client.get("/es/historias/?sector=agroecologia")

    assert [cache_state(r) for r in (spanish, french, filtered)] == ["miss"] * 3
    assert "La huerta común" in spanish.content.decode()
    assert "Le jardin" in french.content.decode()
    assert cache_state(client.get("/es/historias/?page=1&sector=x")) == "miss"
    assert cache_state(client.get("/es/historias/?sector=x&page=1")) == "hit"


def test_cached_pages_say_so_to_browsers_and_answer_304_when_unchanged(client, story):
    first = client.get(story.url)
    again = client.get(story.url, headers={"if-none-match": first["ETag"]})

    assert first["Cache-Control"] == "public, max-age=0"
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]


def test_a_cdn_may_keep_pages_as_long_as_the_operator_says(client, story, settings):
    settings.CDN_MAX_AGE = 600

    response = client.get(story.url)

    assert "s-maxage=600" in response["Cache-Control"]


def test_a_head_request_gets_the_headers_without_the_page(client, story):
    client.get(story.url)
    response = client.head(story.url)

    assert cache_state(response) == "hit"
    assert response.content == b""
    assert int(response["Content-Length"]) > 1000


def test_logged_in_editors_neither_read_nor_fill_the_cache(client, story, editor):
    client.force_login(editor)
    as_editor = [client.get(story.url) for _ in range(2)]
    client.logout()
    anonymous = client.get(story.url)

    assert [cache_state(r) for r in as_editor] == ["", ""]
    assert all("private" in r["Cache-Control"] for r in as_editor)
    assert cache_state(anonymous) == "miss"


def test_drafts_and_previews_never_reach_visitors(client, story, editor):
    client.get(story.url)
    story.title = "Título en borrador"
    story.save_revision()  # a draft, as an editor's autosave leaves it
    client.force_login(editor)
    draft = client.get(f"/admin/pages/{story.pk}/view_draft/")
    client.logout()

    response = client.get(story.url)

    assert "Título en borrador" in draft.content.decode()
    assert cache_state(response) == "hit"
    assert "La huerta común" in response.content.decode()
    assert "borrador" not in response.content.decode()


def test_form_pages_and_their_submissions_are_never_kept(client, homes):
    form = GetInvolvedPageFactory(parent=homes["es"], slug="participa")
    pages = [client.get(form.url) for _ in range(2)]
    sent = client.post(form.url, {"email": "ana@example.org"})

    assert [cache_state(r) for r in pages] == ["", ""]
    assert all("csrfmiddlewaretoken" in r.content.decode() for r in pages)
    assert all("private" in r["Cache-Control"] for r in pages)
    assert cache_state(sent) == ""


def test_a_visitor_with_a_session_is_served_afresh(client, story):
    client.get(story.url)
    client.cookies["sessionid"] = "whatever"

    assert cache_state(client.get(story.url)) == ""


def test_pages_of_a_private_section_are_never_kept(client, story, read):
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="huerta"
    )
    response = read(story.url)

    assert cache_state(response) == ""
    assert "La huerta común</h1>" not in response.content.decode()


def test_making_a_section_private_stops_serving_its_cached_pages(client, story):
    client.get(story.url)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(story.url)

    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


def test_not_found_pages_are_not_kept(client, story, read):
    assert cache_state(read("/es/historias/no-existe/")) == ""


def test_with_the_page_cache_switched_off_every_page_is_made_afresh(client, story, settings):
    settings.PAGE_CACHE_ENABLED = False

    responses = [client.get(story.url) for _ in range(2)]

    assert [cache_state(r) for r in responses] == ["", ""]
    assert responses[1]["Cache-Control"] == "public, max-age=0"
