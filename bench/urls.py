"""The addresses the benchmark requests, picked from the database in every language.

Only the routes the README lists are fixed (`rss/` under the story index,
`calendar.ics` and `archive/` under the event index, a sector's slug under the
sector index, `pack/` under a module); every page, filter value and search word
comes from the content, so the same code serves the demo and a seeded site of
any size.

    python -m bench urls OUT.json

writes {"pages": {page type: [{"language", "url", …}]}, "mix": [url, …],
"pack": {"url", "module_id"}, "counts": {language: {"stories", "modules", "events"}}}.
"""

import argparse
import json
import math
import re
from collections import Counter
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count
from wagtail.models import Locale

from campaigns.models import CampaignPage
from curriculum.models import CurriculumIndexPage, ModulePage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from search.models import SearchPage
from search.query import read_query
from search.results import SiteSearch
from sectors.models import SectorIndexPage
from stories.models import STORIES_PER_PAGE, StoryIndexPage, StoryPage

DEEPEST_PAGE = 200  # the story index's "deep page": page 200, or its last page when fewer
SEARCH_WORD = re.compile(r"[^\W\d_]{6,}")
SEARCH_RANKS = (0, 9, 49)  # a frequent, a middling and a rarer word of the content
# How many different stories, modules and events of each language the memory mix visits.
MIX_SIZES = ((StoryPage, 30), (ModulePage, 10), (EventPage, 10))
# Pages are chosen among the first pages of each type in tree order: seed_bulk with the
# same seed writes the same first pages at every size, so the small and the bench size
# measure the same story, module and event, and choose the same filters and words; what
# differs is only how much else is stored.
SAMPLE = 100  # pages of each type that choose the filters, the sector and the words
PICK = 50  # the story, module and event measured: the 51st in tree order, or the last


def live_in(model, locale):
    return model.objects.live().public().filter(locale=locale).order_by("path")


def spread(items, count):
    """`count` items taken at even steps through `items`, the first one included."""
    items = list(items)
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(index * step)] for index in range(count)]


def sample_ids(model, locale):
    return list(live_in(model, locale).values_list("pk", flat=True)[:SAMPLE])


def picked(pages):
    """The PICK-th page of `pages` (in tree order), or the last when there are fewer."""
    count = pages.count()
    return pages.order_by("path")[min(PICK, count - 1)] if count else None


def deep_page_url(index):
    pages = max(1, math.ceil(index.stories().count() / STORIES_PER_PAGE))
    return f"{index.url}?page={min(DEEPEST_PAGE, pages)}"


def filtered_url(index):
    """The story index filtered by the sector and territory most sampled stories share."""
    pair = (
        index.stories()
        .filter(pk__in=sample_ids(StoryPage, index.locale))
        .filter(sectors__isnull=False, territory__isnull=False)
        .values("sectors__slug", "territory__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "sectors__slug", "territory__slug")
        .first()
    )
    if pair is None:
        return index.url
    return f"{index.url}?sector={pair['sectors__slug']}&territory={pair['territory__slug']}"


def busiest_sector_url(sector_index, locale):
    """The sector page of the sector with the most sampled stories in this language."""
    row = (
        live_in(StoryPage, locale)
        .filter(pk__in=sample_ids(StoryPage, locale), sectors__isnull=False)
        .values("sectors__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "sectors__slug")
        .first()
    )
    slug = row["sectors__slug"] if row else sector_index.sectors().values_list("slug", flat=True)[0]
    return f"{sector_index.url}{slug}/"


def search_words(locale):
    """Three words of this language's sampled stories at falling frequencies, ties broken
    alphabetically so the same data gives the same words; a word that shares its
    first six letters with one already taken (a plural) gives way to the next."""
    words = Counter()
    for title, text in live_in(StoryPage, locale).values_list("title", "summary")[:SAMPLE]:
        words.update(SEARCH_WORD.findall(f"{title} {text}".lower()))
    ranked = [word for word, _n in sorted(words.items(), key=lambda item: (-item[1], item[0]))]
    chosen = []
    for rank in SEARCH_RANKS:
        fresh = [w for w in ranked[rank:] if w[:6] not in {c[:6] for c in chosen}]
        if fresh:
            chosen.append(fresh[0])
    return chosen


def search_entries(search_page, locale):
    entries = []
    for word in search_words(locale):
        results = SiteSearch(query=read_query(word), locale=locale).total
        url = f"{search_page.url}?{urlencode({'q': word})}"
        entries.append({"url": url, "query": word, "results": results})
    return entries


def module_with_files(locale):
    """A module that has files (its pack is worth building), else any module."""
    with_files = live_in(ModulePage, locale).filter(resources__document__isnull=False)
    return picked(with_files.distinct()) or picked(live_in(ModulePage, locale))


def language_pages(locale):
    """{page type: entry} for one language; search gives a list of three entries."""
    found = {
        name: live_in(model, locale).first()
        for name, model in {
            "home": HomePage,
            "stories": StoryIndexPage,
            "modules": CurriculumIndexPage,
            "events": EventIndexPage,
            "search": SearchPage,
            "sectors": SectorIndexPage,
            "campaign": CampaignPage,
        }.items()
    }
    stories, events = found["stories"], found["events"]
    return {
        "home": found["home"].url,
        "story_index": stories.url,
        "story_index_deep": deep_page_url(stories),
        "story_index_filtered": filtered_url(stories),
        "story": picked(stories.stories()).url,
        "module_index": found["modules"].url,
        "module": module_with_files(locale).url,
        "event_index": events.url,
        "event": picked(events.events()).url,
        "event_archive": f"{events.url}archive/",
        "campaign": found["campaign"].url,
        "sector": busiest_sector_url(found["sectors"], locale),
        "search": search_entries(found["search"], locale),
        "feed": f"{stories.url}rss/",
        "calendar": f"{events.url}calendar.ics",
    }


def mix_urls(locale, pages):
    """A language's share of the memory run's mix: its pages and many different
    stories, modules and events, so that per-page caches get to grow if they do."""
    urls = [url for key, url in pages.items() if key not in ("search", "story", "module")]
    urls += [entry["url"] for entry in pages["search"]]
    for model, count in MIX_SIZES:
        urls += [page.url for page in spread(live_in(model, locale).only("url_path"), count)]
    return urls


def content_counts(locale):
    return {
        name: live_in(model, locale).count()
        for name, model in (("stories", StoryPage), ("modules", ModulePage), ("events", EventPage))
    }


def pick_urls():
    pages, mix, counts = {}, [], {}
    for language, _name in settings.LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        found = language_pages(locale)
        for key, value in found.items():
            entries = value if isinstance(value, list) else [{"url": value}]
            pages.setdefault(key, []).extend({"language": language, **e} for e in entries)
        mix += mix_urls(locale, found)
        counts[language] = content_counts(locale)
    pages["sitemap"] = [{"language": "all", "url": "/sitemap.xml"}]
    pages["sitemap_section"] = [{"language": "all", "url": "/sitemap-pages.xml"}]
    module = module_with_files(Locale.get_default())
    pack = {"url": f"{module.url}pack/", "module_id": module.pk}
    return {"pages": pages, "mix": mix, "pack": pack, "counts": counts}


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench urls", description=__doc__)
    parser.add_argument("out")
    options = parser.parse_args(args)
    with open(options.out, "w") as out:
        json.dump(pick_urls(), out, indent=2, ensure_ascii=False)
    return 0
