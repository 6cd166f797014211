"""Upcoming events by next date, "+N more dates", the archive, filters and counts."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.factories import occurrence
from events.models import EventPage


def titles(response, ordered=True):
    soup = BeautifulSoup(response.content, "html.parser")
    found = [link.text for link in soup.select(".card__title a")]
    return found if ordered else sorted(found)


@pytest.fixture
def programme(make_event):
    make_event([occurrence(20), occurrence(21)], title="Feria", territory="ES-AR", city="Zaragoza")
    make_event(
        [occurrence(-20), occurrence(9), occurrence(37), occurrence(65)],
        title="Mercado",
        event_type="Social market",
        territory="ES-AN",
        city="Sevilla",
    )
    make_event(
        [occurrence(3, "19:00", "20:15")],
        title="Taller en línea",
        event_type="Workshop",
        attendance_mode="online",
        online_url="https://example.org/taller",
        city="",
    )
    make_event(
        [occurrence(-10)], title="Foro pasado", event_type="Forum", territory="ES-MD", city="Madrid"
    )
    make_event(
        [occurrence(-40), occurrence(-39)], title="Feria pasada", territory="FR-NAQ", city="Burdeos"
    )
    make_event(
        [occurrence(15)],
        title="Mercado cancelado",
        event_type="Social market",
        territory="FR-BRE",
        city="Rennes",
        status="cancelled",
    )


def test_upcoming_events_come_by_next_date_once_each(client, programme):
    response = client.get("/es/eventos/")

    assert titles(response) == ["Taller en línea", "Mercado", "Mercado cancelado", "Feria"]
    assert "4 próximos eventos" in response.text
    soup = BeautifulSoup(response.content, "html.parser")
    market = next(card for card in soup.select(".card") if card.h3.text == "Mercado")
    assert market.select_one(".card__more").text == "+2 fechas más"
    cancelled = next(card for card in soup.select(".card") if "cancelado" in card.h3.text)
    assert cancelled.select_one(".status-badge").text == "Cancelado"


def test_archive_lists_past_events_newest_first(client, programme):
    response = client.get("/es/eventos/archive/")

    assert titles(response) == ["Foro pasado", "Feria pasada"]
    assert "2 eventos pasados" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=mercado-social", ["Mercado", "Mercado cancelado"]),
        ("territory=espana", ["Mercado", "Feria"]),
        ("territory=andalucia&type=mercado-social", ["Mercado"]),
        ("city=Zaragoza", ["Feria"]),
        ("attendance=online", ["Taller en línea"]),
        ("type=feria&type=taller", ["Taller en línea", "Feria"]),
    ],
)
def test_filters_narrow_and_combine(client, programme, query, expected):
    assert titles(client.get(f"/es/eventos/?{query}")) == expected


def test_month_filter_keeps_events_with_a_date_that_month(client, make_event):
    today = datetime.date.today()
    in_three_months = (today.replace(day=1) + datetime.timedelta(days=95)).replace(day=10)
    next_month = (today.replace(day=1) + datetime.timedelta(days=35)).replace(day=10)
    make_event([occurrence(next_month), occurrence(in_three_months)], title="Mercado mensual")
    make_event([occurrence(next_month)], title="Taller")
    make_event([occurrence(in_three_months)], title="Foro")

    response = client.get(f"/es/eventos/?month={in_three_months:%Y-%m}")

    assert titles(response) == ["Mercado mensual", "Foro"]
    counts = {
        option.value: option.count
        for facet in response.context["listing"].facet_results
        if facet.name == "month"
        for option in facet.options
    }
    assert counts == {f"{next_month:%Y-%m}": 2, f"{in_three_months:%Y-%m}": 2}


def test_an_event_with_two_dates_in_the_chosen_month_is_listed_once(client, make_event):
    next_month = (datetime.date.today().replace(day=1) + datetime.timedelta(days=35)).replace(day=1)
    make_event(
        [occurrence(next_month.replace(day=10)), occurrence(next_month.replace(day=20))],
        title="Mercado quincenal",
    )

    response = client.get(f"/es/eventos/?month={next_month:%Y-%m}")

    assert titles(response) == ["Mercado quincenal"]
    assert response.context["listing"].total == 1


@pytest.mark.parametrize(
    "query",
    ["month=2026-13", "month=abc", "month=", "city=%00", "type=zzz", "page=x", "attendance=2"],
)
def test_bad_values_give_a_normal_page(client, programme, query):
    response = client.get(f"/es/eventos/?{query}")

    assert response.status_code == 200


@pytest.mark.usefixtures("page_cache_off")
def test_index_query_count_does_not_grow_with_events(
    client, make_event, django_assert_max_num_queries
):
    def create(first, last):
        for number in range(first, last):
            make_event(
                [occurrence(5 + number % 30), occurrence(40)],
                title=f"Evento {number}",
                territory="ES-CT",
                city="Barcelona",
            )

    create(0, 10)
    client.get("/es/eventos/")
    with django_assert_max_num_queries(20) as at_10:
        client.get("/es/eventos/")
    create(10, 500)
    assert EventPage.objects.count() == 500
    client.get("/es/eventos/?page=3")  # the first request after a change fills caches
    with django_assert_max_num_queries(20) as at_500:
        client.get("/es/eventos/?page=3")

    assert len(at_500) == len(at_10)


def test_online_events_add_no_empty_city_option(client, programme):
    response = client.get("/es/eventos/")

    cities = [
        option.label
        for facet in response.context["listing"].facet_results
        if facet.name == "city"
        for option in facet.options
    ]
    assert cities == ["Rennes", "Sevilla", "Zaragoza"]


def test_the_archive_s_language_links_lead_to_the_other_archives(client, programme):
    soup = BeautifulSoup(client.get("/es/eventos/archive/").content, "html.parser")

    switcher = {link["hreflang"]: link["href"] for link in soup.select(".language-switcher a")}
    assert switcher == {"fr": "/fr/evenements/archive/", "en": "/en/events/archive/"}
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "es": "http://testserver/es/eventos/archive/",
        "fr": "http://testserver/fr/evenements/archive/",
        "en": "http://testserver/en/events/archive/",
        "x-default": "http://testserver/es/eventos/archive/",
    }


def test_the_upcoming_list_s_language_links_lead_to_the_other_lists(client, programme):
    soup = BeautifulSoup(client.get("/fr/evenements/").content, "html.parser")

    switcher = {link["hreflang"]: link["href"] for link in soup.select(".language-switcher a")}
    assert switcher == {"es": "/es/eventos/", "en": "/en/events/"}
