"""The bulk files of one language: its stories and modules as CSV.

Each file is made in a fixed number of queries (the pages with their terms prefetched),
whatever the number of pages, and kept as bytes until the content changes
(`OpenDataPage.export`, `core.freshness`): publishing or unpublishing a page starts a
new content generation, and the next request makes the file again.

CSV has no standard place for a comment, so the licence is a column of every row
(`licence`, its name and address) — any CSV reader keeps it with the data — and the
response carries it too, as a `Link: <…>; rel="license"` header.
"""

import csv
import io

from curriculum.models import ModulePage
from opendata.datasets import address, licence
from stories.models import StoryPage

STORY_COLUMNS = [
    "id",
    "translation_key",
    "language",
    "url",
    "title",
    "initiative",
    "summary",
    "organisation_form",
    "organisation_form_slug",
    "sectors",
    "sector_slugs",
    "territory",
    "territory_slug",
    "territory_code",
    "country",
    "city",
    "founded",
    "website",
    "sdgs",
    "date_published",
    "licence",
]
MODULE_COLUMNS = [
    "id",
    "translation_key",
    "language",
    "url",
    "title",
    "summary",
    "education_levels",
    "education_level_slugs",
    "topics",
    "topic_slugs",
    "duration_minutes",
    "sessions",
    "module_licence",
    "authors",
    "last_reviewed",
    "licence",
]
# Several terms in one cell: names separated by "; ", slugs by spaces.
NAMES = "; "


def names(terms):
    return NAMES.join(term.name for term in terms)


def slugs(terms):
    return " ".join(term.slug for term in terms)


def sorted_terms(manager):
    return sorted(manager.all(), key=lambda term: term.filter_order)


def licence_cell():
    return f"{licence()['name']} {licence()['url']}"


def live_stories(locale):
    return (
        StoryPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale", "organisation_form", "territory__parent")
        .prefetch_related("sectors", "sdgs")
        .defer_streamfields()
        .order_by("title", "pk")
    )


def story_row(story, request):
    territory = story.territory
    country = territory.parent if territory and territory.parent_id else territory
    form = story.organisation_form
    sectors = sorted_terms(story.sectors)
    return [
        story.pk,
        story.translation_key,
        story.locale.language_code,
        address(story, request),
        story.title,
        story.initiative_name,
        story.summary,
        form.name if form else "",
        form.slug if form else "",
        names(sectors),
        slugs(sectors),
        territory.name if territory else "",
        territory.slug if territory else "",
        territory.code if territory else "",
        country.name if country else "",
        story.city,
        story.founded or "",
        story.website,
        " ".join(str(goal.number) for goal in sorted(story.sdgs.all(), key=lambda g: g.number)),
        story.date_published.isoformat(),
        licence_cell(),
    ]


def module_row(module, request):
    levels = sorted_terms(module.education_levels)
    topics = sorted_terms(module.topics)
    return [
        module.pk,
        module.translation_key,
        module.locale.language_code,
        address(module, request),
        module.title,
        module.summary,
        names(levels),
        slugs(levels),
        names(topics),
        slugs(topics),
        module.duration_minutes,
        module.sessions,
        module.get_licence_display(),
        module.authors,
        module.last_reviewed.isoformat(),
        licence_cell(),
    ]


def csv_bytes(columns, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def stories_csv(page, request):
    stories = live_stories(page.locale)
    return csv_bytes(STORY_COLUMNS, (story_row(story, request) for story in stories))


def modules_csv(page, request):
    modules = (
        ModulePage.objects.live()
        .public()
        .filter(locale=page.locale)
        .select_related("locale")
        .prefetch_related("education_levels", "topics")
        .defer_streamfields()
        .order_by("title", "pk")
    )
    return csv_bytes(MODULE_COLUMNS, (module_row(module, request) for module in modules))
