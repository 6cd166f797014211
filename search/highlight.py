"""Search terms marked in a result's summary, the rest of the text escaped."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from search.languages import light_stem

TOKENS = re.compile(r"(\w+)", re.UNICODE)
EXCERPT_WORDS = 45


def folded(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def highlighted(text, words, language_code):
    """`text` as safe HTML, shortened, with the words that match the query in <mark>.

    A text word matches when it starts with a query word folded to its singular,
    accents and case aside ("cooperativas" marks "Cooperativa" and "cooperativas").
    """
    stems = {folded(light_stem(word, language_code)) for word in words}
    stems = {stem for stem in stems if stem}
    text = Truncator(text or "").words(EXCERPT_WORDS)
    parts = []
    for index, token in enumerate(TOKENS.split(text)):
        is_word = index % 2 == 1
        if is_word and any(folded(token).startswith(stem) for stem in stems):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    return mark_safe("".join(parts))
