"""Varnish with Soleil's VCL keeps what the app says every anonymous visitor may share,
passes what is personal, is purged by Wagtail in every language, and hides a stopped
app server from visitors."""

import pytest

from core.factories import translate_page
from tests.deploy.conftest import counter_reaching, settled_counter

# The live server's threads need committed rows; the rows the migrations make (locales,
# home pages) are put back first, whatever transactional test ran before.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def cdn_max_age(settings):
    settings.CDN_MAX_AGE = 300


@pytest.fixture
def about(about_pages, cdn_max_age):
    return about_pages["es"]


def cache_state(reply):
    return reply.getheader("X-Cache")


def test_an_anonymous_page_is_made_once_then_served_by_varnish(varnish, about):
    first = varnish.request("GET", about.url)
    second = varnish.request("GET", about.url)

    assert first.status == second.status == 200
    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert len(second.getheader("X-Varnish").split()) == 2  # this request's and the store's
    assert second.text == first.text
    assert "Sobre Soleil" in second.text


def test_cookies_the_app_never_reads_do_not_stop_the_cache(varnish, about):
    varnish.request("GET", about.url)

    tracked = varnish.request("GET", about.url, {"Cookie": "_ga=GA1.1.2; _pk_id=abc"})
    with_form_token = varnish.request("GET", about.url, {"Cookie": "csrftoken=abc"})

    assert cache_state(tracked) == cache_state(with_form_token) == "hit"


def test_a_session_a_message_or_credentials_pass_to_the_app(varnish, about):
    varnish.request("GET", about.url)

    for headers in (
        {"Cookie": "_ga=1; sessionid=abc"},
        {"Cookie": "messages=abc"},
        {"Authorization": "Basic YTpi"},
    ):
        reply = varnish.request("GET", about.url, headers)
        assert cache_state(reply) == "miss", headers
        assert len(reply.getheader("X-Varnish").split()) == 1


def test_the_admin_and_the_health_check_are_never_kept(varnish, db):
    for path in ("/admin/login/", "/health/"):
        replies = [varnish.request("GET", path) for _ in range(2)]

        assert [reply.status for reply in replies] == [200, 200], path
        assert [cache_state(reply) for reply in replies] == ["miss", "miss"], path
    assert '"status": "ok"' in replies[-1].text


def test_a_post_reaches_the_app_and_leaves_the_kept_page_alone(varnish, about):
    kept = varnish.request("GET", about.url)

    posted = varnish.request(
        "POST", about.url, {"Content-Type": "application/x-www-form-urlencoded"}, "a=1"
    )
    again = varnish.request("GET", about.url)

    assert cache_state(posted) == "miss"
    assert cache_state(again) == "hit"
    assert again.text == kept.text


def test_a_purge_from_a_purger_evicts_the_page_and_others_are_refused(varnish, about):
    varnish.request("GET", about.url)

    refused = varnish.request("PURGE", about.url, source="127.0.0.2")
    still_kept = varnish.request("GET", about.url)
    purged = varnish.request("PURGE", about.url)
    after = varnish.request("GET", about.url)

    assert refused.status == 405
    assert cache_state(still_kept) == "hit"
    assert purged.status == 200
    assert cache_state(after) == "miss"


def test_publishing_a_page_makes_every_language_fresh_in_varnish(
    varnish, make_story, cdn_max_age, settings
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish.url,
        }
    }
    story = make_story(title="La huerta común", slug="la-huerta-comun")
    translations = [
        translate_page(story, "fr", title="Le jardin commun", slug="le-jardin-commun"),
        translate_page(story, "en", title="The common garden", slug="the-common-garden"),
    ]
    addresses = [story.url, *(page.url for page in translations), story.get_parent().url]
    for address in addresses:
        varnish.request("GET", address)
    assert [cache_state(varnish.request("GET", address)) for address in addresses] == ["hit"] * 4

    story.title = "La huerta de todos"
    story.save_revision().publish()

    replies = [varnish.request("GET", address) for address in addresses]
    assert [cache_state(reply) for reply in replies] == ["miss"] * 4
    assert "La huerta de todos" in replies[0].text
    assert "La huerta de todos" in replies[3].text  # the Spanish stories index


def test_a_stopped_app_server_is_retried_on_the_live_one(varnish, about):
    refused_before = settled_counter(varnish, "MAIN.backend_fail")

    # Distinct addresses, each a miss: each request draws its own server.
    replies = [varnish.request("GET", f"{about.url}?visit={number}") for number in range(12)]

    assert [reply.status for reply in replies] == [200] * 12
    # The stopped server was asked, and refused, at least once.
    assert counter_reaching(varnish, "MAIN.backend_fail", refused_before + 1) > refused_before


def test_without_cdn_max_age_varnish_asks_again_and_gets_a_304(varnish, about_pages, settings):
    settings.CDN_MAX_AGE = 0
    page = about_pages["fr"]
    first = varnish.request("GET", page.url)
    answered_304 = settled_counter(varnish, "MAIN.fetch_304")

    second = varnish.request("GET", page.url)

    assert counter_reaching(varnish, "MAIN.fetch_304", answered_304 + 1) == answered_304 + 1
    assert second.status == 200
    assert second.text == first.text
