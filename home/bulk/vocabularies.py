"""The shared vocabularies and tags, as bulk pages choose from them.

A page and its translations link to the same term, each in its own language: the
terms of one vocabulary are found by their translation key, which the data
migration gives every language's term alike (what `LocalizedTaxonomyMixin` does
when a translation is saved). Some terms are used far more than others, as on a
real site, so facets show uneven counts.
"""

from collections import defaultdict

from taggit.models import Tag

from home.bulk.text import Said

POPULARITY_SLOPE = 0.9


def popularity(rng, count):
    """Weights for `count` options, the most used first (Zipf-like), in an order the
    seed decides."""
    weights = [1 / (rank + 1) ** POPULARITY_SLOPE for rank in range(count)]
    rng.shuffle(weights)
    return weights


def pick_distinct(rng, options, weights, count):
    count = min(count, len(options))
    chosen = []
    while len(chosen) < count:
        option = rng.choices(options, weights)[0]
        if option not in chosen:
            chosen.append(option)
    return chosen


class Terms:
    """One vocabulary in every language, by translation key."""

    def __init__(self, queryset, languages, rng):
        self.languages = languages
        self.by_key = defaultdict(dict)
        source_terms = []
        for term in queryset.filter(locale__language_code__in=languages).select_related("locale"):
            self.by_key[term.translation_key][term.locale.language_code] = term
            if term.locale.language_code == languages[0]:
                source_terms.append(term)
        source_terms.sort(key=lambda term: (term.sort_order, term.pk))
        self.keys = [term.translation_key for term in source_terms]
        self.weights = popularity(rng, len(self.keys))

    def __bool__(self):
        return bool(self.keys)

    def pick(self, rng, count=1):
        return pick_distinct(rng, self.keys, self.weights, count)

    def said(self, key):
        """The term in each language; its source-language term where a language lacks
        it (what `core.translation.localize_terms` keeps too)."""
        terms = self.by_key[key]
        return Said(
            {language: terms.get(language, terms[self.languages[0]]) for language in self.languages}
        )

    def saids(self, keys):
        return [self.said(key) for key in keys]

    def key_of(self, **lookup):
        """The key of the source-language term whose fields match, e.g. `code="ES"`."""
        for key in self.keys:
            term = self.by_key[key][self.languages[0]]
            if all(getattr(term, name) == value for name, value in lookup.items()):
                return key
        return None


class Tags:
    """The lexicons' tags, one `Tag` per language and position (a tag common to two
    languages, such as "agua", is the same `Tag`)."""

    def __init__(self, lexicons, rng):
        languages = list(lexicons)
        count = len(lexicons[languages[0]]["tags"])
        self.tags = [
            Said({language: self._tag(lexicons[language]["tags"][n]) for language in languages})
            for n in range(count)
        ]
        self.weights = sorted(popularity(rng, count), reverse=True)

    @staticmethod
    def _tag(name):
        return Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)

    def pick(self, rng, count):
        return pick_distinct(rng, self.tags, self.weights, count)
