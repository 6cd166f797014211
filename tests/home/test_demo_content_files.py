"""The demo's words live in data files (`home/demo/content/`) that translators and
editors correct by hand: each must read, speak every language of the site in the same
shape, and name only vocabulary terms, demo items and drawings that exist."""

import re
import tomllib
from pathlib import Path

import pytest
from django.conf import settings

from core.models import SDG, EducationLevel, EventType, OrganisationForm, Sector, Territory, Topic
from home.demo.images import DRAWINGS

CONTENT = Path(__file__).resolve().parents[2] / "home" / "demo" / "content"
FILES = sorted(CONTENT.rglob("*.toml"))
LEFT_TO_TRANSLATORS = "to-translate"

# Which fields of which folder name vocabulary terms, by their English slug.
VOCABULARY_FIELDS = {
    "stories": {"organisation_form": OrganisationForm, "sectors": Sector, "territory": Territory},
    "modules": {"education_levels": EducationLevel, "topics": Topic},
    "events": {"event_type": EventType, "territory": Territory},
}
# Which fields point at other demo items, by their file name without its number.
ITEM_FIELDS = {
    "modules": {"case_study": "stories"},
    "events": {"participants": "stories"},
    "campaigns": {"stories": "stories", "modules": "modules", "events": "events"},
}


def read(path):
    with open(path, "rb") as file:
        return tomllib.load(file)


def name(path):
    return str(path.relative_to(CONTENT))


def languages():
    return [code for code, _name in settings.LANGUAGES]


def listed(value):
    return value if isinstance(value, list) else [value]


def keys(folder):
    return {re.sub(r"^\d+-", "", path.stem) for path in (CONTENT / folder).glob("*.toml")}


def shape(texts):
    """What a translation must keep from its source: its fields, its blocks in order,
    as many form fields and figure labels."""
    return {
        "fields": sorted(texts),
        "blocks": [block["type"] for block in texts.get("body", [])],
        "form fields": len(texts.get("fields", [])),
        "figure labels": len(texts.get("figure_labels", [])),
    }


def test_the_demo_has_its_files():
    folders = {path.parent.name for path in FILES}
    assert {"stories", "modules", "events", "campaigns", "sections", "sectors"} <= folders
    assert len(list((CONTENT / "stories").glob("*.toml"))) >= 10


@pytest.mark.parametrize("path", FILES, ids=name)
def test_every_file_reads_and_speaks_every_language_in_the_same_shape(path):
    data = read(path)  # a file that is not valid TOML fails here

    if path.parent.name == LEFT_TO_TRANSLATORS:
        assert [code for code in languages() if code in data] == [settings.LANGUAGE_CODE]
        return
    missing = [code for code in languages() if code not in data]
    assert not missing, f"{name(path)} has no words in {', '.join(missing)}"
    source = shape(data[settings.LANGUAGE_CODE])
    for code in languages():
        assert shape(data[code]) == source, f"{name(path)}: [{code}] differs from its source"
    if "figures" in data:
        assert source["figure labels"] == len(data["figures"])
    if "field_types" in data:
        assert source["form fields"] == len(data["field_types"])


@pytest.mark.django_db
def test_files_name_only_known_vocabulary_terms():
    unknown = []
    for folder, fields in VOCABULARY_FIELDS.items():
        for path in sorted((CONTENT / folder).glob("*.toml")):
            data = read(path)
            for field, model in fields.items():
                known = set(
                    model.objects.filter(locale__language_code="en").values_list("slug", flat=True)
                )
                unknown += [
                    (name(path), field, slug)
                    for slug in listed(data.get(field, []))
                    if slug not in known
                ]
            sdgs = set(SDG.objects.values_list("number", flat=True))
            unknown += [(name(path), "sdgs", n) for n in data.get("sdgs", []) if n not in sdgs]
    sectors = set(Sector.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    unknown += [
        (name(path), "file name", path.stem)
        for path in (CONTENT / "sectors").glob("*.toml")
        if path.stem not in sectors
    ]

    assert unknown == []


def test_files_point_only_at_demo_items_and_drawings_that_exist():
    unknown = []
    for folder, fields in ITEM_FIELDS.items():
        for path in sorted((CONTENT / folder).glob("*.toml")):
            data = read(path)
            for field, target in fields.items():
                existing = keys(target)
                unknown += [
                    (name(path), field, key)
                    for key in listed(data.get(field, []))
                    if key not in existing
                ]
    pages = keys("sections") | {
        f"{kind}:{key}"
        for kind, folder in [("story", "stories"), ("module", "modules"), ("event", "events")]
        for key in keys(folder)
    }
    for path in FILES:
        data = read(path)
        for field in ("cta_page", "page"):  # a campaign's call to action, a promotion
            if field in data and data[field] not in pages:
                unknown.append((name(path), field, data[field]))
        if data.get("illustration", "market") not in DRAWINGS:
            unknown.append((name(path), "illustration", data["illustration"]))

    assert unknown == []
