"""What visitors search for, counted per language and day, with nothing about who searched.

Each search typed on a search page is counted twice: in Wagtail's own count of the term
(`Query.get(text).add_hit()`), which *Settings → Promoted search results* reads to show
which terms deserve a promotion, and in `SearchTermCount`, per language, which
*Reports → Search terms* shows (`search.reports`). Wagtail's `Query` has no language
and promotions are per term in every language, so the term is stored as typed (Wagtail
lowercases it) and the language beside it, never as part of it.

Counted: a search's first page, in all types — not its later pages or a change of type
tab, which are the same search. The count is a task (django-tasks), enqueued again each
time the page cache serves the results (`core.page_cache.enqueue_on_every_serve`).
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


class SearchTermCount(models.Model):
    """How many times a term was searched for in one language on one day."""

    query = models.ForeignKey(
        Query,
        verbose_name=_("search term"),
        on_delete=models.CASCADE,
        related_name="language_counts",
    )
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search term count")
        verbose_name_plural = _("search term counts")
        indexes = [models.Index(fields=["query", "language", "day"])]

    def __str__(self):
        return f"{self.query} {self.language} {self.day}: {self.count}"

    @classmethod
    def record(cls, query, language, day=None):
        """One more search today. Two first searches of the day at once may make two rows;
        the report sums them."""
        key = {"query": query, "language": language, "day": day or timezone.localdate()}
        if not cls.objects.filter(**key).update(count=F("count") + 1):
            cls.objects.create(count=1, **key)


def is_new_search(request):
    """A search typed in a search box, not a later page or another type of the same one."""
    return "page" not in request.GET and "type" not in request.GET


@task()
def count_search(text, language):
    query = Query.get(text)
    query.add_hit()
    SearchTermCount.record(query, language)
