"""What visitors search for, counted per language and day, with nothing about who searched.

Each search typed on a search page is counted twice: in Wagtail's own count of the term
(`Query` and its daily hits), which *Settings → Promoted search results* reads to show
which terms deserve a promotion, and in `SearchTermCount`, per language, which
*Reports → Search terms* shows (`search.reports`). Wagtail's `Query` has no language
and promotions are per term in every language, so the term is stored as typed (Wagtail
lowercases it) and the language beside it, never as part of it.

Counted: a search's first page, in all types — not its later pages or a change of type
tab, which are the same search — each time it is asked for, made or served from the
page cache (`core.page_cache.call_on_every_serve`). A search from the cache costs about
what a static file does, so it is not written to the database there and then: each
worker adds it to a tally in its memory, written by one task (`record_searches`)
`SEARCH_TERMS_FLUSH_SECONDS` after the tally's first search, and when the worker exits.
The report is that much late; a worker killed outright loses its last tally.
"""

import atexit
import datetime
import threading
from collections import Counter

from django.conf import settings
from django.db import connections, models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


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
    def record(cls, query, language, day, searches):
        """`searches` more on that day. Two first writes of a day at once may make two
        rows; the report sums them."""
        key = {"query": query, "language": language, "day": day}
        if not cls.objects.filter(**key).update(count=F("count") + searches):
            cls.objects.create(count=searches, **key)


def is_new_search(request):
    """A search typed in a search box, not a later page or another type of the same one."""
    return "page" not in request.GET and "type" not in request.GET


class Tally:
    """The searches this worker served since it last wrote them, by term, language and day.

    The first search of a tally starts a timer; when it rings, the tally is written in
    a task and a new one begins. With `SEARCH_TERMS_FLUSH_SECONDS = 0` each search is
    written at once, in the request.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = Counter()
        self.timer = None

    def add(self, text, language):
        seconds = settings.SEARCH_TERMS_FLUSH_SECONDS
        with self.lock:
            self.counts[(text, language, timezone.localdate().isoformat())] += 1
            if seconds > 0 and self.timer is None:
                self.timer = threading.Timer(seconds, self.write_from_timer)
                self.timer.daemon = True
                self.timer.start()
        if seconds <= 0:
            self.write()

    def write(self):
        with self.lock:
            counts, self.counts, self.timer = self.counts, Counter(), None
        if counts:
            record_searches.enqueue([[*key, searches] for key, searches in counts.items()])

    def write_from_timer(self):
        try:
            self.write()
        finally:
            connections.close_all()  # this thread's own connections


tally = Tally()
atexit.register(tally.write)


def count_search(text, language):
    """One more search for `text` in `language`: called for each search asked for."""
    tally.add(text, language)


@task()
def record_searches(counts):
    """Write a tally: `counts` is `[[text, language, ISO day, searches], …]`."""
    for text, language, day, searches in counts:
        query = Query.get(text)
        day = datetime.date.fromisoformat(day)
        # Wagtail's Query.add_hit() adds one search; a tally may hold many.
        daily, _created = QueryDailyHits.objects.get_or_create(query=query, date=day)
        QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + searches)
        SearchTermCount.record(query, language, day, searches)
