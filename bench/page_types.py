"""The page types the benchmark measures, in report order, with their query budgets.

The issue sets at most 20 queries on the home page, the listings, campaign and
sector pages, and at most 15 on story, module and event pages. Search, the
sitemap, the feed and the calendar have no budget of their own: only their
count must not change with the size of the site.
"""

from dataclasses import dataclass

LISTING_BUDGET = 20
PAGE_BUDGET = 15


@dataclass(frozen=True)
class PageType:
    key: str
    label: str
    budget: int | None


PAGE_TYPES = [
    PageType("home", "Home", LISTING_BUDGET),
    PageType("story_index", "Story index", LISTING_BUDGET),
    PageType("story_index_deep", "Story index, deep page", LISTING_BUDGET),
    PageType("story_index_filtered", "Story index, two filters", LISTING_BUDGET),
    PageType("story", "Story", PAGE_BUDGET),
    PageType("module_index", "Module index", LISTING_BUDGET),
    PageType("module", "Module", PAGE_BUDGET),
    PageType("event_index", "Event index", LISTING_BUDGET),
    PageType("event", "Event", PAGE_BUDGET),
    PageType("event_archive", "Event archive", LISTING_BUDGET),
    PageType("campaign", "Campaign", LISTING_BUDGET),
    PageType("sector", "Sector page", LISTING_BUDGET),
    PageType("search", "Search", None),
    PageType("sitemap", "Sitemap index", None),
    PageType("sitemap_section", "Sitemap section", None),
    PageType("feed", "RSS feed", None),
    PageType("calendar", "Calendar (.ics)", None),
]
BY_KEY = {page_type.key: page_type for page_type in PAGE_TYPES}

# The pages wrk loads through gunicorn, beside the static reference file.
LOADED_PAGES = ["home", "story_index", "story", "search"]


def label(key):
    return BY_KEY[key].label if key in BY_KEY else key
