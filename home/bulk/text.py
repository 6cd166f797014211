"""Texts written in every language at once, word for word.

A `Said` is one text in each language: `{"es": "Huerta solar", "fr": "Potager
solaire", "en": "Solar vegetable garden"}`. The `Writer` picks entries of the
lexicons by position and spells them in each language, so a page and its
translations say the same thing. StreamField data comes out the same way, with
the block ids shared by the translations, as `copy_for_translation` keeps them.
"""

import html
import uuid


class Said(dict):
    """The same text (or block value) in each language."""

    def map(self, function):
        return Said({language: function(value) for language, value in self.items()})

    @classmethod
    def same(cls, value, languages):
        """A value that does not change with the language (None, a number)."""
        return cls(dict.fromkeys(languages, value))


def combine(function, *texts):
    """A Said made of other Saids: `combine("{}: {}".format, name, phrase)`."""
    languages = texts[0].keys()
    return Said({language: function(*(text[language] for text in texts)) for language in languages})


def capitalised(text):
    return text[:1].upper() + text[1:]


def clipped(text, limit):
    """`text` cut at a word boundary to at most `limit` characters."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "."


class Writer:
    def __init__(self, rng, lexicons):
        self.rng = rng
        self.lexicons = lexicons
        self.size = len(next(iter(lexicons.values()))["words"])

    def spelled(self, name, positions, separator=" "):
        return Said(
            {
                language: separator.join(lexicon[name][position] for position in positions)
                for language, lexicon in self.lexicons.items()
            }
        )

    def entry(self, name, position=None):
        """One entry of a list (`venues`, `prices`…), at random unless `position` is given."""
        if position is None:
            position = self.rng.randrange(len(next(iter(self.lexicons.values()))[name]))
        return self.spelled(name, [position])

    def label(self, name, **values):
        """A phrase of `labels` with its blanks filled (values may be Saids)."""
        return Said(
            {
                language: lexicon["labels"][name].format(
                    **{blank: in_language(value, language) for blank, value in values.items()}
                )
                for language, lexicon in self.lexicons.items()
            }
        )

    def words(self, low, high):
        count = self.rng.randint(low, high)
        return self.spelled("words", [self.rng.randrange(self.size) for _ in range(count)])

    def title(self, low=3, high=6):
        return self.words(low, high).map(capitalised)

    def sentence(self, low=8, high=18):
        return self.words(low, high).map(lambda text: capitalised(text) + ".")

    def sentences(self, low, high):
        parts = [self.sentence() for _ in range(self.rng.randint(low, high))]
        return combine(lambda *texts: " ".join(texts), *parts)

    def name(self):
        """An initiative's or a network's name: two capitalised words of the first
        language, the same in every language, as proper names are."""
        first = next(iter(self.lexicons))
        words = self.words(2, 2)[first].split(" ")[:2]
        return " ".join(capitalised(word) for word in words)

    def block_id(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def paragraph(self, low=3, high=6):
        return self.sentences(low, high).map(lambda text: f"<p>{html.escape(text, False)}</p>")

    def items(self, texts):
        """A ListBlock's value: each item with its id, the same in every language."""
        ids = [self.block_id() for _ in texts]
        return combine(
            lambda *values: [
                {"type": "item", "value": value, "id": block_id}
                for value, block_id in zip(values, ids, strict=True)
            ],
            *texts,
        )

    def stream(self, blocks):
        """StreamField data from `(block type, Said or shared value)` pairs."""
        ids = [self.block_id() for _ in blocks]
        return Said(
            {
                language: [
                    {"type": kind, "value": in_language(value, language), "id": block_id}
                    for (kind, value), block_id in zip(blocks, ids, strict=True)
                ]
                for language in self.lexicons
            }
        )


def in_language(value, language):
    """A Said's text in `language`; a struct block's value with each of its Saids
    in `language`; any other value as it is (numbers, page ids are shared)."""
    if isinstance(value, Said):
        return value[language]
    if isinstance(value, dict):
        return {name: in_language(item, language) for name, item in value.items()}
    return value
