"""An event's dates as the open-data API shows them (`EventPage.api_fields`): each start
and end as an ISO 8601 instant in the event's own time zone, so a client reads the
same moments as the page, the `.ics` file and the feed (events.clock)."""

from rest_framework import serializers


class DatesField(serializers.Field):
    """`[{"start": …, "end": …, "all_day": …}]`, soonest first."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, event):
        return event

    def to_representation(self, event):
        zone = event.zone
        return [
            {
                "start": occurrence.start_at(zone).isoformat(),
                "end": occurrence.end_at(zone).isoformat(),
                "all_day": occurrence.all_day,
            }
            for occurrence in event.sorted_occurrences()
        ]
