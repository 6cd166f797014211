"""Many live pages, fast: the data behind `manage.py seed_bulk` and the benchmark.

Wagtail's way to make a published page — `add_child()`, then
`save_revision().publish()`, then a translation by `copy_for_translation()` —
costs some fifty queries and a search-index update per page. This package writes
the same rows in batches instead:

- `tree`: treebeard paths, the `wagtailcore_page` rows and the page type's own rows;
- `children`: inline objects (key figures, occurrences, tags…) and many-to-many links;
- `publishing`: one revision per page, set as its latest and live revision, and the
  "published" entry of its history;
- `references`, `indexing`: Wagtail's reference index and search index;
- `stories`, `modules`, `events`: what each page type is filled with, in every
  language at once;
- `words`, `places`, `vocabularies`, `images`: what they are filled from
  (`data/` holds the words and places, in data files);
- `seeder`: the batches, each in its own transaction; `progress`: the progress line.
"""
