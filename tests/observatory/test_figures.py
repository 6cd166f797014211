"""Each chart counts the live public content of one language, and each row counts what
the listing it links to lists: the tests ask the listings themselves."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.http import QueryDict
from django.utils import timezone

from core.factories import locale, translate_page
from events.factories import occurrence
from events.listing import event_listing
from observatory.figures import count_figures
from observatory.selection import Selection
from tests.observatory.conftest import country, downloads, months_from_now


def figures(language="es", **params):
    query = QueryDict(mutable=True)
    query.update(params)
    selection = Selection.from_params(locale(language), query, timezone.localdate())
    return count_figures(locale(language), selection, timezone.now())


def rows(figure):
    return [(row.label, row.count) for row in figure.rows]


def story_listing_total(indexes, url, language="es"):
    parts = urlsplit(url)
    index = indexes["stories"][language]
    assert parts.path == index.url
    return index.filtered_stories(QueryDict(parts.query)).total


def event_listing_total(indexes, url, language="es"):
    parts = urlsplit(url)
    index = indexes["events"][language]
    archive = parts.path == f"{index.url}archive/"
    assert archive or parts.path == index.url
    return event_listing(index, QueryDict(parts.query), archive=archive).total


@pytest.fixture
def stories(make_story, indexes):
    make_story(
        sectors=["Agroecology", "Social markets"],
        form="Cooperative",
        territory="ES-AN",
        sdgs=[2, 12],
    )
    make_story(sectors=["Agroecology"], form="Cooperative", territory="ES-CT", sdgs=[2])
    make_story(sectors=["Renewable energy"], form="Association", territory="FR-BRE", sdgs=[7])
    make_story(sectors=["Agroecology"], form="Association", live=False)
    make_story(language="en", sectors=["Agroecology"], form="Cooperative")


@pytest.fixture
def events(make_event, indexes):
    two_months_ago = months_from_now(-2)
    make_event([occurrence(two_months_ago)], event_type="Fair")
    make_event([occurrence(two_months_ago)], event_type="Forum", territory="ES-AN")
    make_event([occurrence(months_from_now(1))], event_type="Fair", territory="FR-BRE")
    make_event(  # two dates in one month: one event that month
        [occurrence(months_from_now(1, day=10)), occurrence(months_from_now(1, day=20))],
        event_type="Social market",
    )
    make_event([occurrence(months_from_now(-14))], event_type="Fair")
    make_event([occurrence(months_from_now(9))], event_type="Fair")
    make_event([occurrence(months_from_now(1))], event_type="Fair", language="en")


def test_stories_by_sector_form_and_goal_in_a_country_or_all(stories):
    charts = figures()

    assert rows(charts["sectors"]) == [
        ("Agroecología", 2),
        ("Energías renovables", 1),
        ("Mercados sociales", 1),
    ]
    assert rows(charts["forms"]) == [("Cooperativa", 2), ("Asociación", 1)]
    assert [count for _label, count in rows(charts["sdgs"])] == [2, 1, 1]
    assert [label.split(".")[0] for label, _count in rows(charts["sdgs"])] == ["2", "7", "12"]
    assert charts["sectors"].rows[0].url == "/es/historias/?sector=agroecologia"

    spain = country("ES")

    charts = figures(country=spain.slug)

    assert rows(charts["sectors"]) == [("Agroecología", 2), ("Mercados sociales", 1)]
    assert rows(charts["forms"]) == [("Cooperativa", 2)]
    assert all(f"territory={spain.slug}" in row.url for row in charts["sectors"].rows)
    everywhere = rows(figures()["sectors"])
    for params in (
        {"country": "atlantida"},
        {"country": "x" * 5000},
        {"country": "espa\x00na"},
        {"country": country("ES", "fr").slug},  # Spain, named in another language
        {"year": "abc"},
        {"year": "1850"},
        {"year": "99999999999999999999"},
        {"year": "-1"},
    ):
        charts = figures(**params)
        assert rows(charts["sectors"]) == everywhere, params
        assert len(charts["events"].rows) == 18, params


def test_every_story_row_counts_what_its_listing_lists(stories, indexes):
    for params in ({}, {"country": country("ES").slug}, {"country": country("FR").slug}):
        charts = figures(**params)
        for chart in ("sectors", "forms", "sdgs", "regions"):
            assert charts[chart].rows, chart
            for row in charts[chart].rows:
                assert story_listing_total(indexes, row.url) == row.count, (params, row)


def test_every_region_of_spain_and_france_whatever_the_country_chosen(stories):
    for params in ({}, {"country": country("FR").slug}):
        regions = {
            row.code: (row.label, row.count, row.url) for row in figures(**params)["regions"].rows
        }

        assert len(regions) == 37, params
        assert regions["ES-AN"] == ("Andalucía", 1, "/es/historias/?territory=andalucia")
        assert regions["ES-CT"][1] == regions["FR-BRE"][1] == 1
        assert sum(count for _label, count, _url in regions.values()) == 3


def test_events_per_month_by_type_over_18_months_or_a_chosen_year(events, indexes):
    chart = figures()["events"]

    assert len(chart.rows) == 18
    assert sum(row.count for row in chart.rows) == 4
    two_months_ago = chart.rows[9]
    assert two_months_ago.count == 2
    assert sorted((label, count) for label, count, _url in two_months_ago.parts) == [
        ("Feria", 1),
        ("Foro", 1),
    ]
    assert two_months_ago.url.startswith("/es/eventos/archive/?month=")
    next_month = chart.rows[12]
    assert next_month.count == 2
    assert sorted(count for _label, count, _url in next_month.parts) == [1, 1]
    assert next_month.url == f"/es/eventos/?month={months_from_now(1):%Y-%m}"

    year = months_from_now(-14).year
    chosen_year = figures(year=str(year))["events"]
    assert len(chosen_year.rows) == 12
    assert chosen_year.rows[0].url == f"/es/eventos/archive/?month={year}-01"
    assert sum(row.count for row in chosen_year.rows) == 1

    # Every month and every type counts what the listing it links to lists.
    for params in ({}, {"country": country("ES").slug}, {"year": str(months_from_now(-14).year)}):
        for row in figures(**params)["events"].rows:
            assert event_listing_total(indexes, row.url) == row.count, (params, row)
            for label, count, url in row.parts:
                assert event_listing_total(indexes, url) == count, (params, row, label)


def test_module_downloads_per_month_and_level(make_module, indexes):
    primary = make_module(levels=["Primary school"])
    older = make_module(levels=["Secondary school", "University"])
    english = make_module(language="en", levels=["Primary school"])
    this_month = timezone.localdate().replace(day=1)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    downloads(primary, this_month, 5)
    downloads(primary, last_month, 3)
    downloads(older, last_month, 4)
    downloads(older, this_month.replace(year=this_month.year - 2), 100)
    downloads(english, this_month, 50)

    charts = figures()

    assert len(charts["downloads"].rows) == 12
    assert [row.count for row in charts["downloads"].rows[-2:]] == [7, 5]
    assert charts["downloads"].total == 12
    assert rows(charts["levels"]) == [
        ("Educación primaria", 8),
        ("Educación secundaria", 4),
        ("Universidad", 4),
    ]
    assert charts["levels"].rows[0].url.startswith("/es/modulos/?level=")


def test_share_of_content_in_each_language(make_story, indexes):
    spanish = make_story()
    translate_page(spanish, "fr", slug="recit-traduit")
    make_story(language="en")
    make_story(live=False)

    chart = figures("fr")["languages"]

    assert rows(chart) == [("Español (50 %)", 1), ("Français (50 %)", 1), ("English (50 %)", 1)]
