"""iCalendar files (RFC 5545) of events: one event, or a whole filtered listing."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

from events.clock import UTC, is_repeated

ICS_STATUS = {
    "scheduled": "CONFIRMED",
    "rescheduled": "CONFIRMED",
    "moved-online": "CONFIRMED",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def location_text(event):
    place = ", ".join(
        part
        for part in [event.venue_name, event.street_address, event.postcode, event.city]
        if part
    )
    if event.online_url and event.attendance_mode != "in-person":
        return f"{place} · {event.online_url}" if place else event.online_url
    return place


def occurrence_component(event, occurrence, url, stamp):
    component = Event()
    component.add("uid", f"{occurrence.uid}@soleil")
    component.add("sequence", event.calendar_sequence)
    component.add("dtstamp", stamp)
    component.add("summary", event.title)
    component.add("description", event.summary)
    component.add("url", url)
    component.add("status", ICS_STATUS.get(event.status, "CONFIRMED"))
    if location := location_text(event):
        component.add("location", vText(location))
    if occurrence.all_day:
        component.add("dtstart", occurrence.start_date)
        end = occurrence.end_date or occurrence.start_date
        component.add("dtend", end + datetime.timedelta(days=1))
    else:
        component.add("dtstart", ics_time(occurrence.start_at(event.zone)))
        component.add("dtend", ics_time(occurrence.end_at(event.zone)))
    return component


def ics_time(moment):
    """`moment` with its zone (TZID), as calendars show it best — or in UTC when it
    is the second of a repeated time, which a TZID time cannot name (RFC 5545
    3.3.5 reads a repeated local time as the first)."""
    if moment.fold and is_repeated(moment.replace(tzinfo=None), moment.tzinfo):
        return moment.astimezone(UTC)
    return moment


def event_calendar(events, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Soleil//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Soleil")
    stamp = timezone.now()
    for event in events:
        url = request.build_absolute_uri(event.get_url(request))
        occurrences = getattr(event, "shown_occurrences", None) or event.sorted_occurrences()
        for occurrence in occurrences:
            calendar.add_component(occurrence_component(event, occurrence, url, stamp))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, request, filename):
    response = HttpResponse(
        event_calendar(events, request).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
