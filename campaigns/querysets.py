from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone

from core.images import with_images
from core.querysets import PageQuerySet

CARD_RENDITION = "fill-640x400|format-webp"

RUNNING, COMING, OVER = 0, 1, 2


def running_on(day):
    return Q(start_date__lte=day, end_date__gte=day)


class CampaignPageQuerySet(PageQuerySet):
    """A campaign's state comes from its dates and the day of the request: no job
    has to move a campaign from "coming" to "running" to "over"."""

    def running(self, today=None):
        return self.filter(running_on(today or timezone.localdate()))

    def coming(self, today=None):
        return self.filter(start_date__gt=today or timezone.localdate())

    def over(self, today=None):
        return self.filter(end_date__lt=today or timezone.localdate())

    def current_first(self, today=None):
        """Running campaigns (ending soonest first), then coming ones (starting
        soonest first), then past ones (the most recent first)."""
        today = today or timezone.localdate()
        state = Case(
            When(running_on(today), then=Value(RUNNING)),
            When(start_date__gt=today, then=Value(COMING)),
            default=Value(OVER),
            output_field=IntegerField(),
        )
        soonest = Case(
            When(running_on(today), then="end_date"),
            When(start_date__gt=today, then="start_date"),
        )
        latest = Case(When(end_date__lt=today, then="end_date"))
        return self.annotate(state_rank=state).order_by(
            "state_rank",
            soonest.asc(nulls_last=True),
            latest.desc(nulls_last=True),
            "title",
            "pk",
        )

    def for_cards(self):
        """What a campaign card shows, in a fixed number of queries."""
        return with_images(
            self.defer_streamfields().select_related("locale"), "hero_image", CARD_RENDITION
        )
