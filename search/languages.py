"""Which language a text or a query is in, for the search index.

PostgreSQL stems words with a text-search configuration per language
(`spanish`, `french`, `english`); SQLite's FTS5 has no stemmer, so queries
there get a light plural folding plus prefix matching instead (see
`light_stem`).
"""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from django.conf import settings

# PostgreSQL's own text-search configurations, by the language they stem: every one of
# PostgreSQL 14, the oldest Django 5.2 supports. A language of the site without one is
# indexed word for word.
POSTGRESQL_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
FALLBACK_CONFIG = "simple"


def config_for_language(language_code):
    return POSTGRESQL_CONFIGS.get((language_code or "").split("-")[0].lower(), FALLBACK_CONFIG)


# The language a search is made in, set by the site search; other searches (the
# admin's) look in every language.
_search_language = ContextVar("search_language", default=None)


@contextmanager
def searching_in(language_code):
    """Parse the queries made inside this block with `language_code`'s configuration."""
    token = _search_language.set(language_code)
    try:
        yield
    finally:
        _search_language.reset(token)


def search_language():
    return _search_language.get()


def query_configs():
    """The configurations a query is parsed with: the search's language, or those of every
    language of the site."""
    language = search_language()
    if language:
        return [config_for_language(language)]
    return list(dict.fromkeys(config_for_language(code) for code, _name in settings.LANGUAGES))


@lru_cache(maxsize=64)
def _language_of_locale(locale_id):
    from wagtail.models import Locale

    return Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()


def config_for_object(obj):
    """The configuration for an indexed object: its locale's language, or 'simple'
    for objects without a locale (images, documents, users)."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return FALLBACK_CONFIG
    return config_for_language(_language_of_locale(locale_id))


# Plural endings folded before a prefix match on SQLite, longest first.
PLURAL_ENDINGS = {
    "es": ("ores", "ales", "ones", "es", "s"),
    "fr": ("aux", "s", "x"),
    "en": ("ies", "es", "s"),
}
MIN_STEM_LENGTH = 4


def light_stem(word, language_code):
    """A word without its plural ending, to be matched as a prefix.

    "cooperativas" → "cooperativa", "coopératives" → "coopérative",
    "cooperatives" → "cooperative", "mercados" → "mercado", "sociales" → "social":
    each then finds the singular and the plural. Short words are left alone.
    An "es" ending keeps its "e" after a vowel ("houses" → "house") and loses it
    after a consonant ("ciudades" → "ciudad", "cooperatives" → "cooperativ").
    """
    language = (language_code or "").split("-")[0]
    lower = word.lower()
    for ending in PLURAL_ENDINGS.get(language, ("s",)):
        if not lower.endswith(ending) or len(lower) - len(ending) < MIN_STEM_LENGTH:
            continue
        if ending in ("ores", "ales", "ones"):
            return word[: -len(ending)] + ending[:2]
        if ending == "aux":
            return word[:-2]
        if ending == "ies":
            return word[:-3]
        if ending == "es" and lower[-3] in "aeiou":
            return word[:-1]
        return word[: -len(ending)]
    return word
