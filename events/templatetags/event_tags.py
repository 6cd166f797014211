from urllib.parse import urlencode

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

from events.calendar_files import location_text
from events.clock import UTC, zone_label

register = template.Library()


def _aware(event, occurrence):
    zone = event.zone
    return occurrence.start_at(zone), occurrence.end_at(zone)


@register.simple_tag
def occurrence_when(event, occurrence):
    """The date and time as the event's own clock shows them, with its zone's
    abbreviation: "sábado, 14 de marzo de 2027, 10:00–14:00 (CET)". When the
    clocks change in between, each end has its own: "… 02:30 (CEST)–04:00 (CET)"."""
    start, end = _aware(event, occurrence)
    start_day = formats.date_format(start, "DATE_FORMAT")
    if occurrence.all_day:
        if end.date() != start.date():
            end_day = formats.date_format(end, "DATE_FORMAT")
            return _("%(start)s to %(end)s, all day") % {"start": start_day, "end": end_day}
        return _("%(day)s, all day") % {"day": start_day}
    values = {
        "day": start_day,
        "start_day": start_day,
        "start": formats.time_format(start, "TIME_FORMAT"),
        "end_day": formats.date_format(end, "DATE_FORMAT"),
        "end": formats.time_format(end, "TIME_FORMAT"),
        "zone": zone_label(start),
        "start_zone": zone_label(start),
        "end_zone": zone_label(end),
    }
    same_day = end.date() == start.date()
    if values["start_zone"] != values["end_zone"]:
        if same_day:
            return _("%(day)s, %(start)s (%(start_zone)s)–%(end)s (%(end_zone)s)") % values
        return (
            _("%(start_day)s %(start)s (%(start_zone)s) to %(end_day)s %(end)s (%(end_zone)s)")
            % values
        )
    if same_day:
        return _("%(day)s, %(start)s–%(end)s (%(zone)s)") % values
    return _("%(start_day)s %(start)s to %(end_day)s %(end)s (%(zone)s)") % values


@register.simple_tag
def occurrence_start_iso(event, occurrence):
    start, _end = _aware(event, occurrence)
    return start.date().isoformat() if occurrence.all_day else start.isoformat()


@register.simple_tag(takes_context=True)
def google_calendar_url(context, event, occurrence):
    start, end = _aware(event, occurrence)
    if occurrence.all_day:
        dates = f"{start:%Y%m%d}/{(end.date()).strftime('%Y%m%d')}"
    else:
        # In UTC: a local time with `ctz` cannot say which of two repeated times it is.
        dates = f"{start.astimezone(UTC):%Y%m%dT%H%M%SZ}/{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    request = context["request"]
    return "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": event.title,
            "dates": dates,
            "ctz": event.time_zone,
            "details": f"{event.summary}\n{request.build_absolute_uri(event.get_url(request))}",
            "location": location_text(event),
        }
    )


@register.simple_tag(takes_context=True)
def outlook_calendar_url(context, event, occurrence):
    start, end = _aware(event, occurrence)
    if not occurrence.all_day:
        start, end = start.astimezone(UTC), end.astimezone(UTC)
    request = context["request"]
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": event.title,
            "startdt": start.isoformat(),
            "enddt": end.isoformat(),
            "allday": "true" if occurrence.all_day else "false",
            "body": f"{event.summary}\n{request.build_absolute_uri(event.get_url(request))}",
            "location": location_text(event),
        }
    )
