from django.db.models import Exists, OuterRef, Prefetch, Subquery
from django.utils import timezone

from core.querysets import PageQuerySet


class EventPageQuerySet(PageQuerySet):
    """Upcoming and past are decided at query time, from the occurrences' ends:
    no job has to move an event to the archive."""

    @property
    def _occurrence_model(self):
        return self.model._meta.get_field("occurrences").related_model

    def _occurrences(self):
        return self._occurrence_model.objects.filter(page=OuterRef("pk"))

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(Exists(self._occurrences().filter(ends_at__gte=now)))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Exists(self._occurrences())).exclude(
            Exists(self._occurrences().filter(ends_at__gte=now))
        )

    def soonest_first(self, now=None):
        now = now or timezone.now()
        next_start = self._occurrences().filter(ends_at__gte=now).order_by("starts_at")
        return self.annotate(next_start=Subquery(next_start.values("starts_at")[:1])).order_by(
            "next_start", "pk"
        )

    def latest_first(self):
        last_end = self._occurrences().order_by("-ends_at")
        return self.annotate(last_end=Subquery(last_end.values("ends_at")[:1])).order_by(
            "-last_end", "-pk"
        )

    def for_cards(self, upcoming_since=None):
        """What an event card shows, in a fixed number of queries: its occurrences
        (only the upcoming ones when `upcoming_since` is given) come with the list."""
        shown = self._occurrence_model.objects.order_by("starts_at")
        if upcoming_since is not None:
            shown = shown.filter(ends_at__gte=upcoming_since)
        return (
            self.defer_streamfields()
            .select_related("territory", "event_type", "locale")
            .prefetch_related(Prefetch("occurrences", queryset=shown, to_attr="shown_occurrences"))
        )
