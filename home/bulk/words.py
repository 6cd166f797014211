"""The words, places and names bulk pages are written with, read from `data/`."""

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _read(name):
    with open(DATA / f"{name}.toml", "rb") as file:
        return tomllib.load(file)


@cache
def lexicon(language):
    """One language's lists (`words`, `tags`, `venues`…) and `labels`."""
    return _read(language)


@cache
def places():
    return _read("places")


@cache
def people():
    return _read("people")


def lexicons(languages):
    """Every language's lexicon, checked to be in step: entry n of a list must be the
    same entry in each language, or translations would not say the same thing."""
    found = {language: lexicon(language) for language in languages}
    first = found[languages[0]]
    for language, words in found.items():
        for name, entries in first.items():
            if name == "labels":
                continue
            if len(words.get(name, [])) != len(entries):
                raise ValueError(
                    f"home/bulk/data/{language}.toml: “{name}” has "
                    f"{len(words.get(name, []))} entries, {languages[0]} has {len(entries)}."
                )
    return found
