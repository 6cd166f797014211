"""PostgreSQL: each object indexed, and each query parsed, with its language's configuration."""

import operator
from functools import reduce
from itertools import groupby

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.languages import config_for_object, query_configs


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
    """Parses the query with the search's language (search.languages.searching_in); a
    search made without one (the admin's) matches a word in any of the site's languages."""

    def get_config(self, backend):
        return query_configs()[0]

    def build_tsquery(self, query, config=None):
        build = super().build_tsquery  # a comprehension has no zero-argument super()
        queries = [build(query, config=each) for each in query_configs()]
        queries = [each for each in queries if each is not None]
        return reduce(operator.or_, queries) if queries else None


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex
    query_compiler_class = LanguageAwareQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
