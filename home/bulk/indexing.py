"""The search index for a batch of pages, through the site's search backends.

Publishing a page indexes it with one `backend.add(page)`; here `add_bulk` takes up
to `CHUNK` pages per call (one query on PostgreSQL, whatever `--batch` is). On
PostgreSQL the project's backend (`search/backend.py`) groups them by language and
stems each page with its language's configuration.
"""

from wagtail.search.backends import get_search_backends
from wagtail.search.index import class_is_indexed

CHUNK = 500


def index_pages(model, pages):
    if not pages or not class_is_indexed(model):
        return
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(pages), CHUNK):
            backend.add_bulk(model, pages[start : start + CHUNK])
