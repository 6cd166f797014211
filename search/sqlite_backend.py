"""SQLite FTS5 (no stemmer): query words folded to their singular and matched as prefixes,
and results ranked in one pass.

modelsearch scores each result with a scalar subquery that runs the full-text
match again for that result, so a word found in thousands of pages costs
thousands of matches (seconds on a large site). Here the match runs once: its
entries are joined to the pages the search may return and ordered by their
BM25 score, and only the page of results asked for is fetched.

Imported only on SQLite: the module it extends needs the FTS5 index model, which
exists only there.
"""

from django.db.models import TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.languages import light_stem, search_language


class PluralFoldingQueryCompiler(SQLiteSearchQueryCompiler):
    """Plain-text words, folded to their singular, each matched as a prefix."""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        language = search_language()
        lexemes = [
            Lexeme(light_stem(term, language), prefix=True) for term in query.query_string.split()
        ]
        if not lexemes:
            return None
        combined = lexemes[0]
        for lexeme in lexemes[1:]:
            combined = combined & lexeme if query.operator.upper() == "AND" else combined | lexeme
        return SearchQueryExpression(combined, config=config)

    def ranked_ids(self, config):
        """The ids of the matching objects of the queryset, best first, as one query; None
        when the search is not a ranked match (everything, a negation, no ranking)."""
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or not self.order_by_relevance:
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        wanted = self.queryset.annotate(text_id=Cast("pk", TextField())).values("text_id")
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=wanted,
            )
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("score", "-index_entry__object_id")
            .values_list("index_entry__object_id", flat=True)
        )

    def search(self, config, start, stop, score_field=None):
        ranked = None
        if score_field is None and not (start is None and stop is None):  # not a facet count
            ranked = self.ranked_ids(config)
        if ranked is None:
            return super().search(config, start, stop, score_field=score_field)
        to_pk = self.queryset.model._meta.pk.to_python
        ids = [to_pk(object_id) for object_id in ranked[start:stop]]
        objects = self.queryset.in_bulk(ids)
        return [objects[pk] for pk in ids if pk in objects]


class RankedOnceSearchResults(SQLiteSearchResults):
    """Counts ranked searches in one query; autocomplete (the admin's page search) has
    a compiler of its own and counts as modelsearch does."""

    def _do_count(self):
        compiler = self.query_compiler
        if not isinstance(compiler, PluralFoldingQueryCompiler):
            return super()._do_count()
        ranked = compiler.ranked_ids(compiler.get_config(self.backend))
        return super()._do_count() if ranked is None else ranked.count()


class PluralFoldingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PluralFoldingQueryCompiler
    results_class = RankedOnceSearchResults
