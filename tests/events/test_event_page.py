"""An event page: times in its own zone across daylight-saving changes, calendar
files, structured data, validation."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.factories import occurrence
from events.models import EventPage

NEXT_YEAR = datetime.date.today().year + 1


def last_sunday(year, month):
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


# 10:00 in Madrid the day before and the day after each clock change.
SPRING_BEFORE = last_sunday(NEXT_YEAR, 3) - datetime.timedelta(days=1)
SPRING_AFTER = last_sunday(NEXT_YEAR, 3) + datetime.timedelta(days=1)
AUTUMN_BEFORE = last_sunday(NEXT_YEAR, 10) - datetime.timedelta(days=1)
AUTUMN_AFTER = last_sunday(NEXT_YEAR, 10) + datetime.timedelta(days=1)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def calendar(response):
    return Calendar.from_ical(response.content)


@pytest.fixture
def market(make_event):
    return make_event(
        [
            occurrence(day, "10:00", "14:00")
            for day in (SPRING_BEFORE, SPRING_AFTER, AUTUMN_BEFORE, AUTUMN_AFTER)
        ],
        title="Mercado social de Sevilla",
        slug="mercado",
        event_type="Social market",
        territory="ES-AN",
        city="Sevilla",
        venue_name="Alameda de Hércules",
        street_address="Alameda de Hércules, 1",
        postcode="41002",
        country="ES",
        organiser_name="Red Alcaucil",
        time_zone="Europe/Madrid",
    )


def test_times_read_10_00_with_the_right_offset_across_clock_changes(client, market):
    soup = parse(client.get("/es/eventos/mercado/"))

    times = [time["datetime"] for time in soup.select(".occurrence time")]
    assert times == [
        f"{SPRING_BEFORE}T10:00:00+01:00",
        f"{SPRING_AFTER}T10:00:00+02:00",
        f"{AUTUMN_BEFORE}T10:00:00+02:00",
        f"{AUTUMN_AFTER}T10:00:00+01:00",
    ]
    texts = [time.text for time in soup.select(".occurrence time")]
    assert all("de 10:00 a 14:00" in text for text in texts)
    assert "(CET)" in texts[0] and "(CEST)" in texts[1]
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert [item["startDate"] for item in data] == times
    assert data[0]["eventStatus"] == "https://schema.org/EventScheduled"
    assert data[0]["location"]["address"]["addressLocality"] == "Sevilla"
    assert data[0]["offers"]["price"] == "0"
    assert data[0]["inLanguage"] == "es"


def test_ics_has_every_date_in_its_zone_with_stable_uids(client, market):
    first = calendar(client.get("/es/eventos/mercado/event.ics"))
    events = first.walk("VEVENT")

    assert len(events) == 4
    starts = [event.decoded("dtstart") for event in events]
    assert [(start.hour, start.utcoffset()) for start in starts] == [
        (10, datetime.timedelta(hours=1)),
        (10, datetime.timedelta(hours=2)),
        (10, datetime.timedelta(hours=2)),
        (10, datetime.timedelta(hours=1)),
    ]
    assert all(event["dtstart"].params["TZID"] == "Europe/Madrid" for event in events)
    assert [tz["tzid"] for tz in first.walk("VTIMEZONE")] == ["Europe/Madrid"]
    assert {str(event["status"]) for event in events} == {"CONFIRMED"}
    uids = [str(event["uid"]) for event in events]
    sequence = events[0]["sequence"]

    market.summary = "Texto revisado."
    market.save_revision().publish()
    unchanged = calendar(client.get("/es/eventos/mercado/event.ics")).walk("VEVENT")
    assert [str(event["uid"]) for event in unchanged] == uids
    assert unchanged[0]["sequence"] == sequence

    market = EventPage.objects.get(pk=market.pk)
    market.status = EventPage.Status.CANCELLED
    market.save_revision().publish()
    cancelled = calendar(client.get("/es/eventos/mercado/event.ics")).walk("VEVENT")
    assert [str(event["uid"]) for event in cancelled] == uids
    assert cancelled[0]["sequence"] == sequence + 1
    assert {str(event["status"]) for event in cancelled} == {"CANCELLED"}


def test_ics_is_served_as_text_calendar(client, market):
    response = client.get("/es/eventos/mercado/event.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "mercado.ics" in response["Content-Disposition"]


def test_subscribable_calendar_honours_the_filters(client, market, make_event):
    make_event([occurrence(12)], title="Feria de Zaragoza", territory="ES-AR", city="Zaragoza")
    make_event([occurrence(-5)], title="Feria pasada", territory="ES-AN", city="Sevilla")

    everything = calendar(client.get("/es/eventos/calendar.ics"))
    markets = calendar(
        client.get("/es/eventos/calendar.ics?type=mercado-social&territory=andalucia")
    )

    assert {str(e["summary"]) for e in everything.walk("VEVENT")} == {
        "Mercado social de Sevilla",
        "Feria de Zaragoza",
    }
    assert {str(e["summary"]) for e in markets.walk("VEVENT")} == {"Mercado social de Sevilla"}
    assert len(markets.walk("VEVENT")) == 4


def test_add_to_calendar_links_for_each_upcoming_date(client, market):
    soup = parse(client.get("/es/eventos/mercado/"))

    google = [a["href"] for a in soup.select(".occurrence__add a") if "google" in a["href"]]
    outlook = [a["href"] for a in soup.select(".occurrence__add a") if "outlook" in a["href"]]
    assert len(google) == len(outlook) == 4
    # 10:00–14:00 in Madrid in winter, given in UTC so that no local time is ambiguous.
    assert f"dates={SPRING_BEFORE:%Y%m%d}T090000Z%2F{SPRING_BEFORE:%Y%m%d}T130000Z" in google[0]
    assert "ctz=Europe%2FMadrid" in google[0]


def test_all_day_events_show_dates_only(client, make_event):
    make_event([occurrence(30, all_day=True)], title="Visita", slug="visita")

    soup = parse(client.get("/es/eventos/visita/"))

    time = soup.select_one(".occurrence time")
    assert time["datetime"] == str(datetime.date.today() + datetime.timedelta(days=30))
    assert "todo el día" in time.text
    ics = calendar(client.get("/es/eventos/visita/event.ics")).walk("VEVENT")[0]
    assert ics.decoded("dtstart") == datetime.date.today() + datetime.timedelta(days=30)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"attendance_mode": "online", "online_url": ""}, "online_url"),
        ({"attendance_mode": "in-person", "city": ""}, "city"),
        ({"time_zone": "Europe/Atlantis"}, "time_zone"),
    ],
)
def test_validation_explains_what_is_missing(market, fields, field):
    for name, value in fields.items():
        setattr(market, name, value)

    with pytest.raises(ValidationError) as error:
        market.full_clean()

    assert field in error.value.message_dict


def test_an_occurrence_cannot_end_before_it_starts(market):
    wrong = occurrence(5, "18:00", "10:00")
    wrong.page = market

    with pytest.raises(ValidationError) as error:
        wrong.full_clean()

    assert error.value.message_dict["end_time"] == ["El evento no puede terminar antes de empezar."]


def test_admin_refuses_an_event_ending_before_it_starts(admin_client, event_indexes):
    day = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    data = nested_form_data(
        {
            "title": "Taller al revés",
            "slug": "taller-al-reves",
            "summary": "Un taller.",
            "time_zone": "Europe/Madrid",
            "status": "scheduled",
            "attendance_mode": "in-person",
            "city": "Zaragoza",
            "body": streamfield([]),
            "occurrences": inline_formset(
                [{"start_date": day, "start_time": "18:00", "end_date": "", "end_time": "10:00"}]
            ),
            "participants": inline_formset([]),
        }
    )

    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{event_indexes['es'].pk}/", data
    )

    assert response.status_code == 200
    assert "El evento no puede terminar antes de empezar." in response.text
    assert not EventPage.objects.filter(slug="taller-al-reves").exists()


def test_each_language_s_calendar_holds_only_its_own_events(client, market, make_event):
    make_event([occurrence(9)], language="fr", title="Forum de Lyon", event_type="Forum")

    spanish = calendar(client.get("/es/eventos/calendar.ics"))
    french = calendar(client.get("/fr/evenements/calendar.ics"))

    assert {str(e["summary"]) for e in spanish.walk("VEVENT")} == {"Mercado social de Sevilla"}
    assert {str(e["summary"]) for e in french.walk("VEVENT")} == {"Forum de Lyon"}
