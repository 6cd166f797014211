"""Times on the nights the clocks change: the admin refuses a time that does not
exist and asks which of two repeated times is meant; the page, its structured
data, the .ics, the calendar feed and the Google and Outlook links then agree
on the instants, each end labelled with its own zone abbreviation.

Two rules: Europe/Madrid (last Sundays of March and October, at 02:00/03:00
local time) and Australia/Sydney (southern hemisphere: first Sundays of
October and April), plus America/Santiago, whose clocks change at midnight.
"""

import datetime
import json
import re
import zoneinfo
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import formats, translation
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from events.factories import occurrence
from events.models import EventPage

UTC = datetime.UTC


def next_clock_changes(zone_name):
    """{"forward": day, "back": day}: the next local days the clocks of `zone_name`
    go forward and back, found by watching its offset hour by hour."""
    zone = zoneinfo.ZoneInfo(zone_name)
    moment = datetime.datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    offset = moment.astimezone(zone).utcoffset()
    found = {}
    while len(found) < 2:
        moment += datetime.timedelta(hours=1)
        new_offset = moment.astimezone(zone).utcoffset()
        if new_offset != offset:
            kind = "forward" if new_offset > offset else "back"
            found.setdefault(kind, moment.astimezone(zone).date())
            offset = new_offset
    return found


MADRID = next_clock_changes("Europe/Madrid")
SYDNEY = next_clock_changes("Australia/Sydney")
SANTIAGO = next_clock_changes("America/Santiago")


def utc(day, clock):
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=UTC)


def long_date(day, language):
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(day, start, end, time_zone="Europe/Madrid", slug="feria", **dates):
    return nested_form_data(
        {
            "title": "Feria de la economía social",
            "slug": slug,
            "summary": "Una feria.",
            "time_zone": time_zone,
            "status": "scheduled",
            "attendance_mode": "in-person",
            "city": "Zaragoza",
            "body": streamfield([]),
            "occurrences": inline_formset(
                [
                    {
                        "start_date": day.isoformat(),
                        "start_time": start,
                        "end_date": "",
                        "end_time": end,
                        **dates,
                    }
                ]
            ),
            "participants": inline_formset([]),
        }
    )


def add_event(admin_client, index, data):
    """Save a new event as a draft through the admin."""
    return admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)


def field_errors(response, name):
    """The error messages shown with the admin field whose input is `name`."""
    soup = parse(response)
    control = soup.find(attrs={"name": name})
    assert control is not None, f"no field {name}"
    field = control.find_parent(class_="w-field__wrapper")
    return [error.get_text(" ", strip=True) for error in field.select(".error-message")]


def radio_labels(response, name):
    soup = parse(response)
    return [
        label.get_text(" ", strip=True)
        for label in soup.select(f'input[type="radio"][name="{name}"]')
        for label in [label.find_parent("label")]
    ]


# The admin


def test_admin_refuses_a_time_the_clocks_skip_and_says_which_times_exist(
    admin_client, event_indexes
):
    day = MADRID["forward"]

    response = add_event(admin_client, event_indexes["es"], form_data(day, "02:30", "04:00"))

    assert response.status_code == 200
    assert field_errors(response, "occurrences-0-start_time") == [
        f"La hora 02:30 no existe el {long_date(day, 'es')} en la zona horaria Europe/Madrid: "
        "los relojes pasan de 02:00 a 03:00. Elige una hora anterior a 02:00, "
        "o de 03:00 en adelante."
    ]
    assert field_errors(response, "occurrences-0-end_time") == []
    assert not EventPage.objects.filter(slug="feria").exists()


def test_a_skipped_end_time_is_refused_on_the_end_time(admin_client, event_indexes):
    day = MADRID["forward"]

    response = add_event(admin_client, event_indexes["es"], form_data(day, "01:00", "02:15"))

    assert response.status_code == 200
    assert field_errors(response, "occurrences-0-start_time") == []
    assert field_errors(response, "occurrences-0-end_time")[0].startswith("La hora 02:15 no existe")
    assert not EventPage.objects.filter(slug="feria").exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "02:30 does not exist on {date} in Europe/Madrid: clocks go from 02:00 to 03:00. "
            "Choose a time before 02:00 or from 03:00.",
        ),
        (
            "fr",
            "L'heure 02:30 n'existe pas le {date} dans le fuseau Europe/Madrid : les horloges "
            "passent de 02:00 à 03:00. Choisissez une heure avant 02:00 ou à partir de 03:00.",
        ),
    ],
)
def test_the_message_speaks_the_editor_s_language(
    admin_client, admin_user, event_indexes, language, expected
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    day = MADRID["forward"]

    response = add_event(admin_client, event_indexes["es"], form_data(day, "02:30", "04:00"))

    assert field_errors(response, "occurrences-0-start_time") == [
        expected.format(date=long_date(day, language))
    ]


def test_a_repeated_time_asks_which_one_then_keeps_the_answer(admin_client, event_indexes):
    day = MADRID["back"]

    asked = add_event(admin_client, event_indexes["es"], form_data(day, "02:30", "04:00"))

    assert asked.status_code == 200
    assert field_errors(asked, "occurrences-0-start_time") == [
        f"La hora 02:30 se repite el {long_date(day, 'es')} en la zona horaria Europe/Madrid: "
        "los relojes se atrasan de 03:00 a 02:00. Indica abajo a cuál te refieres: la primera "
        "vez (CEST, UTC+2) o la segunda (CET, UTC+1)."
    ]
    assert radio_labels(asked, "occurrences-0-start_fold") == [
        "02:30, la primera vez (CEST, UTC+2)",
        "02:30, la segunda vez (CET, UTC+1)",
    ]
    assert "Hora de inicio repetida (02:30): ¿cuál de las dos?" in asked.text
    assert radio_labels(asked, "occurrences-0-end_fold") == []  # 04:00 happens once
    assert not EventPage.objects.filter(slug="feria").exists()

    saved = add_event(
        admin_client, event_indexes["es"], form_data(day, "02:30", "04:00", start_fold="1")
    )

    assert saved.status_code == 302
    event = EventPage.objects.get(slug="feria")
    date = event.occurrences.get()
    assert date.starts_at == utc(day, "01:30")  # the second 02:30, in winter time
    assert date.ends_at == utc(day, "03:00")
    edit = admin_client.get(f"/admin/pages/{event.pk}/edit/")
    checked = parse(edit).select_one('input[name="occurrences-0-start_fold"]:checked')
    assert checked["value"] == "1"


def test_dates_that_happen_once_show_no_choice(admin_client, event_indexes, make_event):
    event = make_event([occurrence(MADRID["back"], "10:00", "14:00")], slug="normal")

    edit = admin_client.get(f"/admin/pages/{event.pk}/edit/")

    assert edit.status_code == 200
    assert parse(edit).select('input[name$="_fold"]') == []


def test_the_zone_chosen_in_the_same_form_is_the_one_checked(admin_client, event_indexes):
    """02:30 on Madrid's spring night exists in Sydney; on Sydney's it does not."""
    madrid_night = form_data(MADRID["forward"], "02:30", "04:00", time_zone="Australia/Sydney")
    sydney_night = form_data(SYDNEY["forward"], "02:30", "04:00", slug="sydney")

    assert add_event(admin_client, event_indexes["es"], madrid_night).status_code == 302
    assert add_event(admin_client, event_indexes["es"], sydney_night).status_code == 302
    refused = add_event(
        admin_client,
        event_indexes["es"],
        form_data(SYDNEY["forward"], "02:30", "04:00", time_zone="Australia/Sydney", slug="x"),
    )
    assert field_errors(refused, "occurrences-0-start_time") == [
        f"La hora 02:30 no existe el {long_date(SYDNEY['forward'], 'es')} en la zona horaria "
        "Australia/Sydney: los relojes pasan de 02:00 a 03:00. Elige una hora anterior a "
        "02:00, o de 03:00 en adelante."
    ]


def test_sydney_s_repeated_time_is_asked_about_with_its_own_abbreviations(
    admin_client, event_indexes
):
    response = add_event(
        admin_client,
        event_indexes["es"],
        form_data(SYDNEY["back"], "09:00", "02:30", time_zone="Australia/Sydney")
        | {"occurrences-0-start_date": (SYDNEY["back"] - datetime.timedelta(days=1)).isoformat()}
        | {"occurrences-0-end_date": SYDNEY["back"].isoformat()},
    )

    assert field_errors(response, "occurrences-0-end_time")[0].startswith(
        f"La hora 02:30 se repite el {long_date(SYDNEY['back'], 'es')} en la zona horaria "
        "Australia/Sydney: los relojes se atrasan de 03:00 a 02:00."
    )
    assert radio_labels(response, "occurrences-0-end_fold") == [
        "02:30, la primera vez (AEDT, UTC+11)",
        "02:30, la segunda vez (AEST, UTC+10)",
    ]


def test_where_clocks_jump_at_midnight_no_earlier_time_is_offered(admin_client, event_indexes):
    day = SANTIAGO["forward"]

    response = add_event(
        admin_client,
        event_indexes["es"],
        form_data(day, "00:30", "02:00", time_zone="America/Santiago"),
    )

    assert field_errors(response, "occurrences-0-start_time") == [
        f"La hora 00:30 no existe el {long_date(day, 'es')} en la zona horaria "
        "America/Santiago: los relojes pasan de 00:00 a 01:00. Elige una hora de 01:00 en "
        "adelante."
    ]


# What visitors and their calendars get


def everything_said(client, event):
    """(start, end) in UTC, and how the page labels them, as each output gives them."""
    page = parse(client.get(event.url))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    links = [a["href"] for a in page.select(".occurrence__add a")]
    google = parse_qs(urlsplit(next(link for link in links if "google" in link)).query)
    outlook = parse_qs(urlsplit(next(link for link in links if "outlook" in link)).query)
    ics = Calendar.from_ical(client.get(event.url + "event.ics").content).walk("VEVENT")[0]
    feed = Calendar.from_ical(client.get(event.get_parent().url + "calendar.ics").content)
    feed_event = next(item for item in feed.walk("VEVENT") if str(item["uid"]) == str(ics["uid"]))

    def google_time(text):
        return datetime.datetime.strptime(text, "%Y%m%dT%H%M%S%z")

    google_start, google_end = google["dates"][0].split("/")
    return {
        "text": page.select_one(".occurrence time").get_text(),
        "time element": datetime.datetime.fromisoformat(
            page.select_one(".occurrence time")["datetime"]
        ),
        "instants": {
            "JSON-LD": tuple(
                datetime.datetime.fromisoformat(data[0][key]).astimezone(UTC)
                for key in ("startDate", "endDate")
            ),
            ".ics": (ics.decoded("dtstart").astimezone(UTC), ics.decoded("dtend").astimezone(UTC)),
            "calendar feed": (
                feed_event.decoded("dtstart").astimezone(UTC),
                feed_event.decoded("dtend").astimezone(UTC),
            ),
            "Google": (google_time(google_start), google_time(google_end)),
            "Outlook": tuple(
                datetime.datetime.fromisoformat(outlook[key][0]).astimezone(UTC)
                for key in ("startdt", "enddt")
            ),
            "stored": (event.occurrences.get().starts_at, event.occurrences.get().ends_at),
        },
    }


def assert_all_say(said, start, end):
    assert said["time element"].astimezone(UTC) == start
    for source, instants in said["instants"].items():
        assert instants == (start, end), source


def test_a_repeated_time_s_two_ends_carry_their_own_abbreviations(client, make_event):
    """Madrid, the autumn night: 02:30 (the first, summer time) to 04:00 (winter time)
    lasts two and a half hours, and the page says so."""
    day = MADRID["back"]
    event = make_event([occurrence(day, "02:30", "04:00")], time_zone="Europe/Madrid")

    said = everything_said(client, event)

    assert re.search(r"de 02:30 \(CEST\) a 04:00 \(CET\)$", said["text"])
    assert_all_say(said, utc(day, "00:30"), utc(day, "03:00"))


def test_the_second_of_two_repeated_times_is_the_same_instant_everywhere(client, make_event):
    day = MADRID["back"]
    second = occurrence(day, "02:30", "04:00")
    second.start_fold = 1
    event = make_event([second], time_zone="Europe/Madrid")

    said = everything_said(client, event)

    assert re.search(r"de 02:30 a 04:00 \(CET\)$", said["text"])
    assert_all_say(said, utc(day, "01:30"), utc(day, "03:00"))


def test_a_time_the_clocks_skipped_is_read_the_same_way_everywhere(client, make_event):
    """An event saved before the admin refused such times (or by code) at 02:30 on
    Madrid's spring night: everything reads it as calendars do, 03:30 summer time."""
    day = MADRID["forward"]
    event = make_event([occurrence(day, "02:30", "04:00")], time_zone="Europe/Madrid")

    said = everything_said(client, event)

    assert re.search(r"de 03:30 a 04:00 \(CEST\)$", said["text"])
    assert_all_say(said, utc(day, "01:30"), utc(day, "02:00"))


@pytest.mark.parametrize(
    ("night", "start", "end", "text", "instants"),
    [
        ("forward", "01:30", "03:30", r"de 01:30 \(AEST\) a 03:30 \(AEDT\)$", ("15:30", "16:30")),
        ("back", "01:30", "04:00", r"de 01:30 \(AEDT\) a 04:00 \(AEST\)$", ("14:30", "18:00")),
    ],
)
def test_sydney_s_clock_changes_are_labelled_end_by_end(
    client, make_event, night, start, end, text, instants
):
    day = SYDNEY[night]
    event = make_event([occurrence(day, start, end)], time_zone="Australia/Sydney")

    said = everything_said(client, event)

    assert re.search(text, said["text"])
    previous_day = day - datetime.timedelta(days=1)  # Sydney is ahead of UTC
    assert_all_say(said, utc(previous_day, instants[0]), utc(previous_day, instants[1]))
