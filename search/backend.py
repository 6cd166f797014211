"""Wagtail's database search backend, speaking each page's own language.

Wagtail's database backend stems every entry of its index with one PostgreSQL
text-search configuration (`SEARCH_CONFIG`), so a Spanish, a French and an
English page cannot all be stemmed right, and two backends would overwrite one
shared index table (Wagtail #9253). This backend keeps the single index and:

- when indexing, builds each object's vectors with the configuration of the
  object's locale (`spanish`, `french`, `english`; `simple` without a locale);
- when querying, parses the query with the configuration of the language the
  site search looks in (`search.languages.searching_in`); a search made without
  one, such as the admin's, is parsed with every site language's configuration
  and matches a word in any of them.

A Spanish query for "cooperativas" thus becomes the lexeme `cooper`, the same as
"cooperativa" in a Spanish page's vector.

On SQLite (FTS5, no stemmer) each query word is folded to its singular and
matched as a prefix, so "cooperativas" still finds "cooperativa"; other word
forms (verbs, irregular plurals) are not found there. Other databases get
Wagtail's backend unchanged.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}.
"""

from django.db import connection
from modelsearch.backends import database as database_backends


def SearchBackend(params):  # noqa: N802 — the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        from search.postgres_backend import LanguageAwarePostgresSearchBackend

        return LanguageAwarePostgresSearchBackend(params)
    backend = database_backends.SearchBackend(params)  # also finds out whether FTS5 is there
    if connection.vendor == "sqlite" and database_backends.USE_SQLITE_FTS:
        from search.sqlite_backend import PluralFoldingSQLiteSearchBackend

        return PluralFoldingSQLiteSearchBackend(params)
    return backend
