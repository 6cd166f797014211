"""The page queryset every Soleil page type builds on."""

from django.db.models import Q
from wagtail.models import Page
from wagtail.models import PageManager as WagtailPageManager
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from core.restrictions import private_paths


class PageQuerySet(WagtailPageQuerySet):
    """Wagtail's page queryset, with `.public()` and `.private()` answered from the
    remembered private sections instead of one more query each time."""

    def private_q(self):
        q = Q()
        for path in private_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


def pages():
    """All pages of every type, with Soleil's queryset (for menus, translations…)."""
    return PageQuerySet(Page)


PageManager = WagtailPageManager.from_queryset(PageQuerySet)
