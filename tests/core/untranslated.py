"""Finds interface text an admin screen shows in English to a Spanish or French user.

The reference is every interface string the site can show, as the catalogues list
them: the English `.po` files of Django, of every installed app (Wagtail,
wagtail-localize, taggit…) and of Soleil. A text on the screen is left in English when

- it is one of those strings ("Search all pages…") and not a translation the active
  language's catalogues give for anything (French writes "Documents" as English does);
- it fills one of their patterns ("1-10 of 10 páginas" for "%(start_index)s-%(end_index)s
  of %(items_count)s %(model_name)s") and no translated pattern;
- or it fills a translated pattern with an English string ("Enviar a Editorial review").

A pattern's placeholders take any text, so a match counts only when the words the
pattern writes outweigh the words of the language its values bring: "{} locales" fits
a Spanish sentence ending in "locales", which is no English. A word belongs to a
language when its catalogues use it clearly more often than the other's.

    find_english(texts, "es")  # {text left in English: the catalogue string it is}

Texts are compared with spacing collapsed and case ignored.
"""

import html
import re
from collections import Counter
from functools import cache
from pathlib import Path

import django
import polib
from bs4 import BeautifulSoup, Comment, Declaration, Doctype
from django.apps import apps
from django.conf import settings

DOMAINS = ("django", "djangojs")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]{2,}")
CLEARLY_MORE = 3  # how many times more often a language must use a word to own it

# Shown as they are in every language: names of products and of the site, and
# abbreviations no catalogue translates.
SAME_IN_EVERY_LANGUAGE = {"Wagtail", "Soleil", "SEO", "URL", "ID", "OK"}


def catalogue_folders():
    """Where the catalogues are: Django's own, each installed app's, Soleil's."""
    folders = [Path(django.__file__).parent / "conf" / "locale"]
    folders += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    folders += [Path(path) for path in settings.LOCALE_PATHS]
    return [folder for folder in folders if folder.is_dir()]


def catalogue_entries(language_code):
    for folder in catalogue_folders():
        for domain in DOMAINS:
            path = folder / language_code / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield from (entry for entry in polib.pofile(str(path)) if not entry.obsolete)


def collapsed(text):
    return " ".join(html.unescape(TAG.sub(" ", text)).split())


def key(text):
    return collapsed(text).casefold()


def words_of(text):
    return [word.casefold() for word in WORD.findall(PLACEHOLDER.sub(" ", collapsed(text)))]


class Pattern:
    """A catalogue string with placeholders, as a regular expression over shown text."""

    def __init__(self, text):
        self.text = collapsed(text)
        parts = PLACEHOLDER.split(self.text)
        literals = [part.strip().casefold() for part in parts if part.strip()]
        self.clue = max(literals, key=len, default="")
        self.words = set(words_of(self.text))
        self.regex = re.compile(
            "(.+?)".join(re.escape(part) for part in parts), re.IGNORECASE | re.DOTALL
        )

    def match(self, text):
        if self.clue not in text.casefold():
            return None
        return self.regex.fullmatch(text)


class Catalogue:
    """One language's strings: as they are, as patterns, and the words they use."""

    def __init__(self, strings):
        self.strings, self.patterns, self.words = {}, [], Counter()
        for text in strings:
            if not text:
                continue
            self.strings.setdefault(key(text), collapsed(text))
            self.words.update(words_of(text))
            if PLACEHOLDER.search(text):
                pattern = Pattern(text)
                if pattern.words:
                    self.patterns.append(pattern)

    def owns(self, word, other):
        return self.words[word] > CLEARLY_MORE * other.words[word]


@cache
def english():
    strings = []
    for entry in catalogue_entries("en"):
        strings += [entry.msgid, entry.msgid_plural]
    return Catalogue(strings)


@cache
def translated(language_code):
    strings = []
    for entry in catalogue_entries(language_code):
        strings += [entry.msgstr, *entry.msgstr_plural.values()]
    return Catalogue(strings)


def english_words(words, language_code):
    return {word for word in words if english().owns(word, translated(language_code))}


def own_words(words, language_code):
    return {word for word in words if translated(language_code).owns(word, english())}


def english_as_is(text, language_code):
    """The English string `text` is, word for word, unless the language writes it so too
    ("Documents" in French) or it is made of the language's own words ("Error")."""
    found = key(text)
    if found in translated(language_code).strings or found not in english().strings:
        return None
    if not english_words(words_of(text), language_code) and own_words(
        words_of(text), language_code
    ):
        return None
    return english().strings[found]


def brought_words(match, language_code):
    """The words of the language among the values a pattern was filled with."""
    values = [word for value in match.groups() for word in words_of(value)]
    return own_words(values, language_code)


def english_string(text, language_code):
    """The English catalogue string `text` shows untranslated, or None."""
    if key(text) in translated(language_code).strings or text in SAME_IN_EVERY_LANGUAGE:
        return None
    if key(text) in english().strings:
        return english_as_is(text, language_code)
    for pattern in translated(language_code).patterns:
        match = pattern.match(text)
        if match is None:
            continue
        for value in match.groups():
            inner = english_as_is(value, language_code)
            if inner and " " in inner:  # a translated sentence filled with an English name
                return inner
        if not any(english_words(words_of(value), language_code) for value in match.groups()):
            return None
    for pattern in english().patterns:
        match = pattern.match(text)
        if match and len(english_words(pattern.words, language_code)) >= max(
            1, len(brought_words(match, language_code))
        ):
            return pattern.text
    return None


def find_english(texts, language_code):
    """{shown text: the English string it is} for the texts left in English."""
    found = {}
    for text in sorted({collapsed(text) for text in texts}, key=len):
        if not WORD.search(text) or any(shorter in text for shorter in found):
            continue  # a longer text holding one already found says nothing more
        string = english_string(text, language_code)
        if string is not None:
            found[text] = string
    return found


SKIPPED = ["script", "style", "noscript"]
SHOWN_ATTRIBUTES = ["placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value"]


def shown_texts(markup, skip=()):
    """The texts an HTML page or fragment shows or reads out: each text node, each
    element's whole text when short (a sentence split by inline tags), and the
    attributes a person sees or hears. `skip`: CSS selectors of what is not interface."""
    soup = BeautifulSoup(markup, "html.parser")
    for element in soup.select(", ".join([*SKIPPED, *skip])):
        element.decompose()
    texts = [
        str(node)
        for node in soup.find_all(string=True)
        if not isinstance(node, (Comment, Declaration, Doctype))
    ]
    for element in soup.find_all(True):
        whole = element.get_text(" ", strip=True)
        if len(whole) <= 200:
            texts.append(whole)
        for attribute in SHOWN_ATTRIBUTES:
            if element.get(attribute):
                texts.append(element[attribute])
        if element.name == "input" and element.get("type") in ("submit", "button"):
            texts.append(element.get("value", ""))
    return texts
