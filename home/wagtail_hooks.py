import datetime

from django.db.models import Min
from wagtail import hooks

from events.models import EventOccurrence
from home.figures import EVENT_HORIZON_DAYS


@hooks.register("next_content_change")
def next_event_within_horizon(now):
    """The home page counts the events starting within the horizon: the count changes
    when the next event comes within it (core.freshness)."""
    horizon = datetime.timedelta(days=EVENT_HORIZON_DAYS)
    first = EventOccurrence.objects.filter(starts_at__gt=now + horizon).aggregate(
        moment=Min("starts_at")
    )["moment"]
    return first - horizon if first else None
