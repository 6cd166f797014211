"""RSS and Atom feeds of each language's stories, read by a real feed parser."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from core.factories import translate_page


@pytest.fixture
def stories(make_story, image):
    older = make_story(
        title="Energía del barrio",
        slug="energia",
        summary="Una cooperativa de energía solar compartida.",
        date_published=datetime.date(2026, 5, 1),
        hero_image=image,
    )
    newer = make_story(
        title="La Huerta Común",
        slug="huerta",
        summary="Una cooperativa agroecológica.",
        date_published=datetime.date(2026, 9, 1),
        hero_image=image,
    )
    translate_page(
        newer, "fr", title="Le Potager commun", slug="potager", summary="Une coopérative."
    )
    return older, newer


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_spanish_feed_lists_spanish_stories_newest_first(client, stories, kind):
    response = client.get(f"/es/historias/{kind}/")
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.language.startswith("es") if kind == "rss" else True
    assert [entry.title for entry in feed.entries] == ["La Huerta Común", "Energía del barrio"]
    first = feed.entries[0]
    assert first.link == "http://testserver/es/historias/huerta/"
    assert first.summary == "Una cooperativa agroecológica."
    assert first.published_parsed[:3] == (2026, 9, 1)
    enclosure = first.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert int(enclosure.length) > 0


def test_french_feed_has_only_french_entries(client, stories):
    feed = feedparser.parse(client.get("/fr/recits/rss/").content)

    assert feed.feed.language == "fr"
    assert [entry.title for entry in feed.entries] == ["Le Potager commun"]
    assert feed.entries[0].link == "http://testserver/fr/recits/potager/"


def test_index_and_story_pages_link_their_feeds(client, stories):
    for path in ["/es/historias/", "/es/historias/huerta/"]:
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        feeds = {link["type"]: link["href"] for link in soup.select('link[rel="alternate"][type]')}
        assert feeds == {
            "application/rss+xml": "/es/historias/rss/",
            "application/atom+xml": "/es/historias/atom/",
        }
