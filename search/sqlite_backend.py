"""SQLite FTS5 (no stemmer): query words folded to their singular and matched as prefixes.

Imported only on SQLite: the module it extends needs the FTS5 index model, which
exists only there.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

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


class PluralFoldingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PluralFoldingQueryCompiler
