"""Titles, summaries, rich text, key figures, form labels and search descriptions holding
script, `javascript:` links and event handlers reach visitors as text: on every page,
listing, feed, calendar, link preview, search result and JSON-LD block where they appear."""

import json
import xml.etree.ElementTree as ET

import icalendar
import pytest

from tests.hostile.conftest import FORM_LABEL, LANGUAGES, SEARCH_DESCRIPTION, TITLE
from tests.hostile.html_checks import script_problems

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

ATOM = "{http://www.w3.org/2005/Atom}"


def harmless(response):
    assert response.status_code == 200
    return script_problems(response.content)


def page_pages(site, language):
    """Every public address of the language where the hostile content is shown."""
    urls = [
        site["homes"][language].url,
        site["story"][language].url,
        site["module"][language].url,
        site["event"][language].url,
        site["campaign"][language].url,
        *(site[name][language].url for name in ("stories", "modules", "events", "campaigns")),
        site["sectors"][language].url,
        f"{site['sectors'][language].url}{site['sector_slug'][language]}/",
        site["events"][language].url + "archive/",
        site["search"][language].url + "?q=girasol",
    ]
    if language == "es":
        urls.append(site["form"].url)
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_the_hostile_words_as_text(client, hostile_site, language):
    for url in page_pages(hostile_site, language):
        soup, problems = harmless(client.get(url))

        assert problems == [], url
        assert "Girasol" in soup.get_text(), url  # the content is there, as text


def test_the_rich_text_keeps_its_words_and_loses_its_code(client, hostile_site):
    soup, _ = harmless(client.get(hostile_site["story"]["es"].url))
    paragraph = soup.find("div", class_="prose")

    assert "enlace" in paragraph.get_text() and "negrita" in paragraph.get_text()
    assert "alert" not in paragraph.get_text()
    assert [link.get("href") for link in paragraph.find_all("a")] == [None, None]


def test_the_form_labels_are_text(client, hostile_site):
    soup, problems = harmless(client.get(hostile_site["form"].url))

    assert problems == []
    labels = [label.get_text(" ", strip=True) for label in soup.find_all("label")]
    assert any(FORM_LABEL in label for label in labels)


@pytest.mark.parametrize("language", LANGUAGES)
def test_link_previews_and_structured_data_hold_the_title_as_data(client, hostile_site, language):
    soup, _ = harmless(client.get(hostile_site["story"][language].url))

    assert soup.find("meta", property="og:title")["content"] == TITLE
    assert soup.find("meta", attrs={"name": "twitter:title"})["content"] == TITLE
    assert soup.find("meta", property="og:description")["content"] == SEARCH_DESCRIPTION
    blocks = soup.find_all("script", type="application/ld+json")
    assert blocks, "the story has its JSON-LD block"
    data = [json.loads(block.string) for block in blocks]
    assert TITLE in [item.get("headline") for item in data]


def test_every_event_page_has_a_whole_json_ld_block(client, hostile_site):
    for language in LANGUAGES:
        soup, _ = harmless(client.get(hostile_site["event"][language].url))
        blocks = soup.find_all("script", type="application/ld+json")
        assert blocks, "the event has its JSON-LD block"
        for block in blocks:
            assert json.loads(block.string)[0]["name"] == TITLE


@pytest.mark.parametrize("language", LANGUAGES)
def test_feeds_hold_the_title_as_text(client, hostile_site, language):
    index = hostile_site["stories"][language].url
    rss = ET.fromstring(client.get(index + "rss/").content)
    atom = ET.fromstring(client.get(index + "atom/").content)

    assert [item.findtext("title") for item in rss.iter("item")] == [TITLE]
    assert [entry.findtext(f"{ATOM}title") for entry in atom.iter(f"{ATOM}entry")] == [TITLE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_calendars_hold_the_title_and_summary_as_text(client, hostile_site, language):
    event = hostile_site["event"][language]
    for url in (
        event.url.rstrip("/") + "/event.ics",
        hostile_site["events"][language].url + "calendar.ics",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        calendar = icalendar.Calendar.from_ical(response.content)
        events = list(calendar.walk("VEVENT"))

        assert [str(item["SUMMARY"]) for item in events] == [TITLE], url
        assert all("ATTACH" not in item for item in events), url  # the line break stayed text
