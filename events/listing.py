"""The event listing: upcoming events (or the archive) with filters and facet counts."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.listing import Choice, ChoiceFacet, FilteredListing, TermFacet, TerritoryFacet, ValueFacet
from core.models import EventType, Territory
from events.facets import MonthFacet

CITIES_SHOWN = 15  # the cities with most events, and any chosen one

ATTENDANCE_MODES = [
    Choice("in-person", _("In person"), Q(attendance_mode__in=["in-person", "mixed"])),
    Choice("online", _("Online"), Q(attendance_mode__in=["online", "mixed"])),
]


def event_listing(index, params, archive=False, per_page=12):
    now = timezone.now()
    events = index.events()
    if archive:
        events = events.past(now)
        display = lambda found: found.for_cards().latest_first()  # noqa: E731
    else:
        events = events.upcoming(now)
        display = lambda found: found.for_cards(upcoming_since=now).soonest_first(now)  # noqa: E731
    locale = index.locale
    return FilteredListing(
        queryset=events,
        params=params,
        facets=[
            TermFacet("type", _("Event type"), EventType, "event_type", locale),
            TerritoryFacet("territory", _("Territory"), Territory, "territory", locale),
            ValueFacet("city", _("City"), "city", max_options=CITIES_SHOWN),
            MonthFacet("month", _("Month"), upcoming_since=None if archive else now),
            ChoiceFacet("attendance", _("Attendance"), ATTENDANCE_MODES),
        ],
        per_page=per_page,
        display=display,
        cache_key=("events", index.pk, archive),
    )
