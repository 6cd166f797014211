"""Facets of the event listing that are not vocabulary terms: the month."""

import datetime
import re
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone

from core.listing import Facet

MONTH = re.compile(r"^(20[0-9]{2})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Month:
    pk: str  # "2027-03"

    @property
    def first_day(self):
        year, month = map(int, self.pk.split("-"))
        return datetime.date(year, month, 1)

    def __str__(self):
        return formats.date_format(self.first_day, "YEAR_MONTH_FORMAT")


def month_bounds(month):
    start = month.first_day
    following = (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time.min, zone),
        datetime.datetime.combine(following, datetime.time.min, zone),
    )


class MonthFacet(Facet):
    """Events with an occurrence starting in a month (`2027-03`), in the site's time zone.
    `2026-13` or `abc` name no month and are ignored."""

    def __init__(self, name, label, upcoming_since=None):
        super().__init__(name, label, lookup="occurrences__starts_at")
        self.upcoming_since = upcoming_since

    def find_options(self, values):
        return [Month(value) for value in values if MONTH.match(value)]

    def options_for(self, ids):
        return [Month(value) for value in ids]

    def option_value(self, option):
        return option.pk

    def sort_key(self, option):
        return option.pk

    def filter_q(self, selected_ids):
        """The events with a date starting in one of the months, each once: a subquery on
        the dates, not a join, which would list an event once per date in the month."""
        q = Q()
        for month in selected_ids:
            start, end = month_bounds(Month(month))
            q |= Q(starts_at__gte=start, starts_at__lt=end)
        occurrences = apps.get_model("events", "EventOccurrence").objects.filter(q)
        return Q(pk__in=occurrences.values("page_id"))

    def counts(self, queryset):
        occurrences = Q()
        if self.upcoming_since is not None:
            occurrences = Q(occurrences__ends_at__gte=self.upcoming_since)
        rows = (
            queryset.order_by()
            .filter(occurrences)
            .annotate(month=TruncMonth("occurrences__starts_at"))
            .values("month")
            .annotate(n=Count("pk", distinct=True))
            .values_list("month", "n")
        )
        return {month.strftime("%Y-%m"): n for month, n in rows if month is not None}
