"""Bulk pages written in batches, each batch in its own transaction.

A batch is `batch` originals and their translations. Within it: build the pages in
memory, place them in the tree, write the page rows, their inline objects and links,
their revisions, reference-index and search-index entries, then the parents'
`numchild` — so a run stopped half-way leaves whole, consistent batches behind. The
first `localized` originals of each type also get wagtail-localize's records
(`localize.py`).
"""

from django.db import transaction

from core import freshness
from home.bulk.children import insert_children
from home.bulk.indexing import index_pages
from home.bulk.localize import localize
from home.bulk.publishing import publish
from home.bulk.references import index_references
from home.bulk.tree import ChildSlots, insert_pages


class Seeder:
    def __init__(self, material, indexes, batch, progress, localized=0):
        self.material = material
        self.indexes = indexes  # {page model: {language: index page}}
        self.batch = batch
        self.progress = progress
        self.localized = localized  # originals of each type given wagtail-localize's records
        self.written = {}  # {label: number of originals}

    def seed(self, builder, count):
        """Add `count` pages of the builder's type in every language."""
        indexes = self.indexes[builder.model]
        slots = {language: ChildSlots(index) for language, index in indexes.items()}
        done = 0
        while done < count:
            size = min(self.batch, count - done)
            with transaction.atomic():
                families = [builder.build() for _ in range(size)]
                self.write(builder.model, families, slots)
                builder.added(families)
                for family in families[: max(self.localized - done, 0)]:
                    localize(family, self.material.languages)
            done += size
            self.progress.advance(size * len(indexes), builder.label)
        self.written[builder.label] = self.written.get(builder.label, 0) + done

    def write(self, model, families, slots):
        pages = []
        for language in self.material.languages:
            for family in families:
                slots[language].place(family[language])
                pages.append(family[language])
        rows = insert_pages(model, pages)
        insert_children(model, pages)
        publish(pages, rows)
        index_references(model, pages)
        index_pages(model, pages)
        for slot in slots.values():
            slot.commit()

    def finish(self):
        """The end of a run: the one place to tell what derives from published pages
        that pages were added. `publish()` sends `page_published` and Django sends
        `post_save` for every page; bulk writing sends neither, so whatever listens
        to them (a page cache, a front-end cache purge) must be called from here:
        a new content generation makes every cached page fresh."""
        freshness.advance()
