"""Which parts of the page tree are private, known without asking the database each time.

Wagtail asks the database for every view restriction each time a queryset is
made `.public()`, and twice more for each page it serves. Sites have few private
sections and change them rarely, so their tree paths are remembered until the
content generation changes (a restriction added or removed starts a new one,
`core.invalidation`). Aliases of a private page are private too, as in Wagtail.
"""

from wagtail.models import Page, PageViewRestriction

from core import freshness


def private_paths():
    """The tree paths of the pages that carry a view restriction (and of their aliases)."""

    def load():
        restricted = list(PageViewRestriction.objects.values_list("page_id", "page__path"))
        aliases = Page.objects.filter(alias_of_id__in=[page_id for page_id, _path in restricted])
        return tuple(
            sorted({path for _id, path in restricted} | set(aliases.values_list("path", flat=True)))
        )

    return freshness.remember("private-paths", compute=load)


def is_private(page):
    return any(page.path.startswith(path) for path in private_paths())
