"""Pages written straight into Wagtail's tree, many rows per query.

Wagtail keeps its page tree with django-treebeard's materialised paths: a page's
`path` is its parent's path and one `steplen`-character step (base 36), `depth`
counts the steps, and the parent's `numchild` counts its children. `add_child()`
finds the next step and saves one page at a time; `ChildSlots` hands the steps
out in memory, for one parent, and `insert_pages` writes the `wagtailcore_page`
rows with `bulk_create`, then the page type's own rows.

Django's `bulk_create` refuses multi-table inheritance (a `StoryPage` row is a
`wagtailcore_page` row plus a `stories_storypage` row sharing its id), so the second
half goes through `_insert(raw=True)`, the call `Model.save()` makes for each table,
with a batch of rows at once.
"""

from django.db import connection
from django.db.models import F
from django.utils.text import slugify
from treebeard.exceptions import PathOverflow
from wagtail.models import Page

SLUG_LENGTH = 80


class ChildSlots:
    """The next free places under one parent: path, depth, a slug no sibling has,
    url_path. `commit()` adds the children placed since the last call to the
    parent's `numchild`."""

    def __init__(self, parent):
        self.parent = parent
        self.depth = parent.depth + 1
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=self.depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.next_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(Page.objects.child_of(parent).values_list("slug", flat=True))
        self.placed = 0

    def place(self, page):
        key = Page._int2str(self.next_step)
        if len(key) > Page.steplen:
            raise PathOverflow(f"No room left under page {self.parent.pk}.")
        page.path = Page._get_path(self.parent.path, self.depth, self.next_step)
        page.depth = self.depth
        page.numchild = 0
        page.slug = self.free_slug(page.slug)
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        self.next_step += 1
        self.placed += 1

    def free_slug(self, wanted):
        base = slugify(wanted)[:SLUG_LENGTH].strip("-") or "page"
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    def commit(self):
        if self.placed:
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.placed)
            self.placed = 0


def insert_rows(model, objs, fields):
    """INSERT `objs` into `model`'s own table, as many rows a query as the database takes."""
    if not objs:
        return
    size = max(connection.ops.bulk_batch_size(fields, objs), 1)
    for start in range(0, len(objs), size):
        model._base_manager._insert(objs[start : start + size], fields=fields, raw=True)


def insert_pages(model, pages):
    """Write placed pages of `model` (a `Page` subclass): their `wagtailcore_page`
    rows, which give them their ids, then their own table's rows."""
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [
        Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
        for page in pages
    ]
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = page.page_ptr_id = row.pk
        page._state.adding = False
    insert_rows(model, pages, model._meta.local_concrete_fields)
    return rows
