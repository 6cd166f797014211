"""The search index for a batch of pages, through the site's search backends.

Publishing a page indexes it with one `backend.add(page)`; here `add_bulk` takes a
batch per query. On PostgreSQL the project's backend (`search/backend.py`) groups
the batch by language and stems each page with its language's configuration.
"""

from wagtail.search.backends import get_search_backends
from wagtail.search.index import class_is_indexed


def index_pages(model, pages):
    if not pages or not class_is_indexed(model):
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, pages)
