"""Wall-clock times of an event's zone, across the changes of the clocks.

A local date and time names one instant, none (the clocks jump over it when
they go forward) or two (the clocks go back over it). `zoneinfo` accepts all
three without a word (PEP 495): `fold` picks one of two repeated times, and a
time that does not exist is read with the offset from before the change. So
everything that shows or exports an event's times reads them through
`instant()`, which gives the one instant they stand for, and the admin asks
about the other two cases with `clock_change()` (see events.forms).
"""

import datetime
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

UTC = datetime.UTC


def instant(local, zone, fold=0):
    """The aware datetime, in `zone`, that the naive `local` stands for.

    Of a repeated time, `fold` 0 is the first and 1 the second. A time the
    clocks jumped over is read as RFC 5545 and calendar programs read it, with
    the offset from before the jump (02:30 on the spring night in Madrid is
    03:30 summer time), and returned as the clock showed it then.
    """
    return local.replace(tzinfo=zone, fold=fold).astimezone(UTC).astimezone(zone)


def is_repeated(local, zone):
    """Whether the clocks of `zone` go back over the naive `local`: it happens twice."""
    first = local.replace(tzinfo=zone, fold=0)
    return first.utcoffset() > first.replace(fold=1).utcoffset()


def zone_label(moment):
    """The abbreviation of the zone's time at `moment` ("CET", "AEDT"); a zone
    with no abbreviation of its own ("-03") is named by its offset ("UTC-3")."""
    name = moment.tzname() or ""
    if name[:1] not in "+-":
        return name
    return "UTC" + offset_text(moment.utcoffset())


def zone_and_offset(moment):
    """ "CEST, UTC+2"; "UTC-3" where the zone has no abbreviation of its own."""
    label = zone_label(moment)
    if label.startswith("UTC"):
        return label
    return f"{label}, UTC{offset_text(moment.utcoffset())}"


def offset_text(offset):
    """ "+2", "-3", "+5:30" for an offset from UTC."""
    sign = "-" if offset < datetime.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}" if minutes else f"{sign}{hours}"


@dataclass(frozen=True)
class ClockChange:
    """The change of the clocks that makes `local` missing or repeated.

    `clock_from` is what the clocks showed at the moment of the change and
    `clock_to` what they showed right after (naive): 02:00 → 03:00 when they go
    forward, 03:00 → 02:00 when they go back. `first` and `second` are the two
    readings of `local` (fold 0 and 1).
    """

    local: datetime.datetime
    clock_from: datetime.datetime
    clock_to: datetime.datetime
    first: datetime.datetime
    second: datetime.datetime

    @property
    def skipped(self):
        """True when the clocks go forward over `local`: it does not exist."""
        return self.clock_to > self.clock_from

    @property
    def repeated(self):
        """True when the clocks go back over `local`: it happens twice."""
        return self.clock_to < self.clock_from


def clock_change(local, zone):
    """The `ClockChange` around the naive `local` in `zone`, or None when the
    time exists once."""
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    # The change lies between the two readings' instants; find the second it
    # happens at by halving the interval.
    low, high = sorted(int(moment.timestamp()) for moment in (first, second))
    old_offset = datetime.datetime.fromtimestamp(low, zone).utcoffset()
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.datetime.fromtimestamp(middle, zone).utcoffset() == old_offset:
            low = middle
        else:
            high = middle
    change = datetime.datetime.fromtimestamp(high, UTC).replace(tzinfo=None)
    new_offset = datetime.datetime.fromtimestamp(high, zone).utcoffset()
    return ClockChange(
        local=local,
        clock_from=change + old_offset,
        clock_to=change + new_offset,
        first=instant(local, zone, 0),
        second=instant(local, zone, 1),
    )


def clock_problem(local, zone, fold=None):
    """What an editor must hear about the naive `local` in `zone`: that it does
    not exist, or that it happens twice and `fold` (0, 1 or None) has not said
    which — or None when it names one instant."""
    change = clock_change(local, zone)
    if change is None or (change.repeated and fold is not None):
        return None
    values = {
        "time": f"{local:%H:%M}",
        "date": formats.date_format(local.date(), "DATE_FORMAT"),
        "zone": zone.key,
        "from": f"{change.clock_from:%H:%M}",
        "to": f"{change.clock_to:%H:%M}",
    }
    if change.repeated:
        values["first"] = zone_and_offset(change.first)
        values["second"] = zone_and_offset(change.second)
        return (
            _(
                "%(time)s happens twice on %(date)s in %(zone)s: clocks go back from "
                "%(from)s to %(to)s. Choose below which one you mean: the first "
                "(%(first)s) or the second (%(second)s)."
            )
            % values
        )
    if change.clock_from == datetime.datetime.combine(local.date(), datetime.time.min):
        # The clocks jump at midnight (America/Santiago): nothing comes before it that day.
        return (
            _(
                "%(time)s does not exist on %(date)s in %(zone)s: clocks go from %(from)s "
                "to %(to)s. Choose a time from %(to)s."
            )
            % values
        )
    return (
        _(
            "%(time)s does not exist on %(date)s in %(zone)s: clocks go from %(from)s to "
            "%(to)s. Choose a time before %(from)s or from %(to)s."
        )
        % values
    )


def fold_choice_label(moment, ordinal):
    """How the admin offers one of a repeated time's two readings:
    "The first 02:30 (CEST, UTC+2)"."""
    values = {"time": f"{moment:%H:%M}", "zone": zone_and_offset(moment)}
    if ordinal == 0:
        return _("The first %(time)s (%(zone)s)") % values
    return _("The second %(time)s (%(zone)s)") % values
