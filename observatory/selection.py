"""What the visitor chose to look at: a country and a year, read from the query string.

    selection = Selection.from_params(locale, request.GET, today)
    selection.country   # a Territory of kind country in `locale`, or None: every country
    selection.year      # 2026, or None: the last 12 months and the next 6
    selection.months    # the first day of each month the time charts cover

As the listings do, a value that names nothing (a misspelt slug, a country of another
language, `year=abc`, `year=1850`) is ignored: the page shows every country, or the
months around today.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from core import freshness
from core.models import Territory

YEAR = re.compile(r"^20[0-9]{2}$")
MONTHS_BACK = 12  # the current month and the 11 before it
MONTHS_AHEAD = 6
YEARS_OFFERED_BACK = 5


def add_months(first_day, count):
    index = first_day.year * 12 + first_day.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def countries(locale):
    """The countries of the Territory vocabulary in `locale`, kept until the content changes."""
    return freshness.remember(
        "observatory-countries",
        locale.pk,
        compute=lambda: list(
            Territory.objects.filter(locale=locale, kind=Territory.Kind.COUNTRY).order_by(
                "sort_order", "name"
            )
        ),
    )


def first_value(params, name):
    value = params.get(name, "")
    return value.strip() if isinstance(value, str) and len(value) <= 100 else ""


@dataclass(frozen=True)
class Selection:
    country: object
    year: int | None
    today: datetime.date

    @classmethod
    def from_params(cls, locale, params, today):
        slug = first_value(params, "country")
        country = next((term for term in countries(locale) if term.slug == slug), None)
        year = first_value(params, "year")
        return cls(country=country, year=int(year) if YEAR.match(year) else None, today=today)

    @property
    def current_month(self):
        return self.today.replace(day=1)

    @property
    def months(self):
        """The months of the chosen year, or the last 12 and the next 6."""
        if self.year is not None:
            return [datetime.date(self.year, month, 1) for month in range(1, 13)]
        start = add_months(self.current_month, 1 - MONTHS_BACK)
        return [add_months(start, n) for n in range(MONTHS_BACK + MONTHS_AHEAD)]

    @property
    def past_months(self):
        """The months that have begun: downloads are counted only for them."""
        return [month for month in self.months if month <= self.current_month]

    @property
    def key(self):
        """The selection as plain values, for cache keys and file names."""
        return (self.country.slug if self.country else "", self.year or "")

    @property
    def query_string(self):
        """`?country=…&year=…` of the valid choices, "" when there are none."""
        country, year = self.key
        query = urlencode(
            {name: value for name, value in (("country", country), ("year", year)) if value}
        )
        return f"?{query}" if query else ""

    def years_offered(self):
        return list(range(self.today.year + 1, self.today.year - YEARS_OFFERED_BACK, -1))
