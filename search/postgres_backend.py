"""PostgreSQL: each object indexed, and each query parsed, with its language's configuration."""

from itertools import groupby

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.languages import active_config, config_for_object


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
