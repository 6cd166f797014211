from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.listing import Choice
from core.querysets import PageQuerySet

DURATION_BANDS = [
    Choice("up-to-1h", _("Up to 1 hour"), Q(duration_minutes__lte=60)),
    Choice(
        "1-3h",
        _("1 to 3 hours"),
        Q(duration_minutes__gt=60, duration_minutes__lte=180),
    ),
    Choice("over-3h", _("More than 3 hours"), Q(duration_minutes__gt=180)),
]


class ModulePageQuerySet(PageQuerySet):
    def for_cards(self):
        """What a module card shows, in a fixed number of queries."""
        return (
            self.defer_streamfields()
            .select_related("locale")
            .prefetch_related("education_levels", "topics")
        )

    def alphabetical(self):
        return self.order_by("title", "pk")
