"""What a visitor typed, made safe to search for, or the reason it cannot be.

Only words reach the search backend: punctuation, quotes and operators such as
`"`, `-`, `*` or `OR` on their own would otherwise be read as query syntax by
SQLite's FTS5 or PostgreSQL's tsquery.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
WORD = re.compile(r"\w+", re.UNICODE)
OPERATORS = {"AND", "OR", "NOT", "NEAR"}


@dataclass(frozen=True)
class VisitorQuery:
    text: str  # as typed, without NUL bytes, to show back in the search box
    words: list = field(default_factory=list)
    problem: str = ""  # why there is nothing to search for; empty when there is

    @property
    def searchable(self):
        return bool(self.words)

    @property
    def search_string(self):
        return " ".join(self.words)


def read_query(raw):
    text = (raw or "").replace("\x00", " ").strip()
    if not text:
        return VisitorQuery(text="", problem=_("Type a word or two to search for."))
    if len(text) > MAX_QUERY_LENGTH:
        return VisitorQuery(
            text=text[:MAX_QUERY_LENGTH],
            problem=_("Your search is too long: use at most 200 characters."),
        )
    words = [word for word in WORD.findall(text) if word.upper() not in OPERATORS]
    words = [word.replace("_", "") for word in words]
    words = [word for word in words if word][:MAX_WORDS]
    if not words:
        return VisitorQuery(
            text=text,
            problem=_("Your search has no words in it: try a word such as “cooperative”."),
        )
    return VisitorQuery(text=text, words=words)
