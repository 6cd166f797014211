"""The observatory page in each language: charts a visitor can read without JavaScript,
the same numbers in tables, figures to download, a filter, few queries, never stale."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from tests.cache.conftest import cache_state

URLS = {"es": "/es/observatorio/", "fr": "/fr/observatoire/", "en": "/en/observatory/"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def table_rows(page, chart):
    table = page.select_one(f"#chart-{chart} table")
    return [
        (row.th.get_text(strip=True), int(row.td.get_text(strip=True)))
        for row in table.select("tbody tr")
    ]


@pytest.fixture
def content(make_story, indexes):
    make_story(sectors=["Agroecology", "Care"], territory="ES-AN")
    make_story(sectors=["Agroecology"], territory="FR-BRE")
    make_story(language="fr", sectors=["Care"])


def test_each_language_has_its_observatory(client, observatories, content):
    for language, url in URLS.items():
        response = client.get(url)

        assert response.status_code == 200
        page = soup(response)
        assert page.html["lang"] == language
        assert page.h1.get_text(strip=True) == observatories[language].title
        assert observatories[language].introduction in page.select_one(".lead").get_text()
    spanish = soup(client.get(URLS["es"]))
    assert spanish.select_one("#chart-sectors h2").get_text() == "Iniciativas por sector"
    assert spanish.select_one("#observatory-country option").get_text() == "Todos los países"


def test_charts_are_drawn_on_the_server_with_their_numbers_in_tables(
    client, observatories, content
):
    page = soup(client.get(URLS["es"]))

    chart = page.select_one("#chart-sectors")
    svg = chart.select_one("svg")
    assert svg["role"] == "img"
    assert svg.title.get_text() == chart.h2.get_text()
    assert "Agroecología: 2" in svg.desc.get_text()
    assert [text.get_text() for text in svg.select(".chart__value")] == ["2", "1"]
    assert table_rows(page, "sectors") == [("Agroecología", 2), ("Cuidados", 1)]
    assert chart.select_one("tbody a")["href"] == "/es/historias/?sector=agroecologia"
    assert not page.select("[style]")
    assert not page.select("svg script")
    french = soup(client.get(URLS["fr"]))
    assert table_rows(french, "sectors") == [("Économie du soin", 1)]


def test_filter_by_country_keeps_its_stories_ignores_nonsense_and_downloads(
    client, observatories, content
):
    spain = soup(client.get(URLS["es"] + "?country=espana&year=2026"))
    nonsense = client.get(URLS["es"] + "?country=%3Cscript%3E&year=abc&year=1")

    assert table_rows(spain, "sectors") == [("Agroecología", 1), ("Cuidados", 1)]
    assert spain.select_one("#observatory-country option[selected]")["value"] == "espana"
    assert nonsense.status_code == 200
    assert table_rows(soup(nonsense), "sectors") == [("Agroecología", 2), ("Cuidados", 1)]
    assert b"<script>" not in nonsense.content

    csv_response = client.get(URLS["es"] + "figures/sectors/csv/?country=espana")
    json_response = client.get(URLS["es"] + "figures/sectors/json/?country=espana")

    assert csv_response["Content-Type"].startswith("text/csv")
    assert "soleil-es-sectors-espana.csv" in csv_response["Content-Disposition"]
    table = list(csv.reader(io.StringIO(csv_response.content.decode())))
    assert [row[:2] for row in table[1:]] == [["Agroecología", "1"], ["Cuidados", "1"]]
    assert table[1][2] == "http://testserver/es/historias/?sector=agroecologia&territory=espana"
    data = json.loads(json_response.content)
    assert [(row["label"], row["count"]) for row in data["rows"]] == [
        ("Agroecología", 1),
        ("Cuidados", 1),
    ]
    assert data["country"] == "espana"
    assert data["language"] == "es"


def test_every_chart_downloads_and_an_unknown_one_is_not_found(client, observatories):
    page = soup(client.get(URLS["en"]))
    links = [link["href"] for link in page.select(".chart__links a") if "figures/" in link["href"]]

    assert len(links) == 16
    purged = observatories["en"].get_cached_paths()
    assert {URLS["en"] + path for path in purged if path != "/"} == set(links)
    for link in links:
        assert client.get(link).status_code == 200, link
    assert client.get(URLS["en"] + "figures/nothing/csv/").status_code == 404
    assert client.get(URLS["en"] + "figures/sectors/xml/").status_code == 404


@pytest.mark.usefixtures("page_cache_off")
def test_queries_do_not_grow_with_content(
    client, observatories, make_story, make_event, make_module, django_assert_max_num_queries
):
    from events.factories import occurrence

    def add(count):
        for _ in range(count):
            make_story(sectors=["Agroecology", "Care"], territory="ES-AN", sdgs=[1, 2])
            make_event([occurrence(-3), occurrence(20)])
            make_module(levels=["University"])

    def measure():
        """The figures for Spain, counted afresh: the content changed since they were
        last asked for (the first view after a change also records the site's settings)."""
        client.get(URLS["es"])
        with django_assert_max_num_queries(40) as queries:
            response = client.get(URLS["es"] + "?country=espana")
        assert response.status_code == 200
        return queries

    add(1)
    few = measure()
    add(8)
    many = measure()

    assert len(many) == len(few)


def test_a_story_published_refreshes_the_cached_page(client, observatories, make_story, indexes):
    make_story(sectors=["Agroecology"])
    client.get(URLS["es"])
    assert cache_state(client.get(URLS["es"])) == "hit"

    make_story(sectors=["Agroecology"]).save_revision().publish()

    response = client.get(URLS["es"])
    assert cache_state(response) != "hit"
    assert table_rows(soup(response), "sectors") == [("Agroecología", 2)]
