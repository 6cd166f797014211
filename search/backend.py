"""Wagtail's database search backend, speaking each page's own language.

Wagtail's database backend stems every entry of its index with one PostgreSQL
text-search configuration (`SEARCH_CONFIG`), so a Spanish, a French and an
English page cannot all be stemmed right, and two backends would overwrite one
shared index table (Wagtail #9253). This backend keeps the single index and:

- when indexing, builds each object's vectors with the configuration of the
  object's locale (`spanish`, `french`, `english`; `simple` without a locale);
- when querying, parses the query with the configuration of the active
  language, which the search page has set to the locale it searches.

A Spanish query for "cooperativas" thus becomes the lexeme `cooper`, the same as
"cooperativa" in a Spanish page's vector.

On SQLite (FTS5, no stemmer) each query word is folded to its singular and
matched as a prefix, so "cooperativas" still finds "cooperativa"; other word
forms (verbs, irregular plurals) are not found there. Other databases get
Wagtail's backend unchanged.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}.
"""

from itertools import groupby

from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from search.languages import active_config, config_for_object, light_stem


class _BackendInLanguage:
    """The backend as the indexer sees it, with the configuration of one language."""

    def __init__(self, backend, config):
        self._backend = backend
        self.config = config

    def __getattr__(self, name):
        return getattr(self._backend, name)


class LanguageAwarePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index the objects one language at a time, each with its own configuration."""
        by_config = sorted(objs, key=config_for_object)
        for config, group in groupby(by_config, key=config_for_object):
            PostgresIndex(_BackendInLanguage(self.backend, config)).add_items(model, list(group))


class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return active_config()


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex
    query_compiler_class = LanguageAwareQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler


class PluralFoldingQueryCompiler(SQLiteSearchQueryCompiler):
    """Plain-text words, folded to their singular, each matched as a prefix."""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        language = translation.get_language()
        lexemes = [
            Lexeme(light_stem(term, language), prefix=True) for term in query.query_string.split()
        ]
        if not lexemes:
            return None
        combined = lexemes[0]
        for lexeme in lexemes[1:]:
            combined = combined & lexeme if query.operator.upper() == "AND" else combined | lexeme
        return SearchQueryExpression(combined, config=config)


class PluralFoldingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PluralFoldingQueryCompiler


def SearchBackend(params):  # noqa: N802 — the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresSearchBackend(params)
    backend = database_backend(params)
    if isinstance(backend, SQLiteSearchBackend):  # FTS5 is available
        return PluralFoldingSQLiteSearchBackend(params)
    return backend
