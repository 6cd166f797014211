"""Soleil's Spanish and French for Django's, Wagtail's and wagtail-localize's strings
(locale_upstream/) hold only strings those apps really have, each fully translated."""

import re
from pathlib import Path

import polib
import pytest

from tests.core.untranslated import catalogue_folders

UPSTREAM = Path(__file__).resolve().parents[2] / "locale_upstream"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
CATALOGUES = sorted(UPSTREAM.glob("*/LC_MESSAGES/*.po"))


def english_strings(domain):
    strings = set()
    for folder in catalogue_folders():
        path = folder / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists() and UPSTREAM not in path.parents:
            strings |= {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    return strings


def test_there_are_catalogues_for_spanish_and_french():
    assert {path.parts[-3] for path in CATALOGUES} == {"es", "fr"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: "/".join(path.parts[-3:]))
def test_each_string_is_an_upstream_string_fully_translated(path):
    catalogue = polib.pofile(str(path))
    known = english_strings(path.stem)

    assert [entry.msgid for entry in catalogue if (entry.msgctxt, entry.msgid) not in known] == []
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    for entry in catalogue:
        translations = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
        wanted = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for translation in translations:
            assert set(PLACEHOLDER.findall(translation)) <= wanted, entry.msgid
