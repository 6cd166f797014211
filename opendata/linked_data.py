"""The stories of one language as JSON-LD: schema.org, plus ESSGlobal where it has a word.

Each story is a schema.org `Article` about an `Organization` (the initiative), which
is also an ESSGlobal `SSEInitiative` with its `legalForm` and `economicSector`
concepts when Soleil's term maps to one (`opendata/data/essglobal.toml`; terms are
matched through their translation key to the English term's slug, so every language
maps alike). The dataset and every article state the licence (`license`).

Made in a fixed number of queries (`opendata.exports.live_stories`, and one a
vocabulary to read the English slugs), then kept as bytes like the CSV files.
"""

import json

from core.models import OrganisationForm, Sector
from opendata.datasets import address, in_language, licence, read
from opendata.exports import live_stories, sorted_terms

SCHEMA = "https://schema.org/"


def english_slugs(model):
    """{translation key: English slug} of a vocabulary's terms."""
    return dict(
        model.objects.filter(locale__language_code="en").values_list("translation_key", "slug")
    )


def concept_map(vocabulary, model):
    """{translation key: ESSGlobal concept URI} for the terms of `model` that map."""
    table = dict(read("essglobal")[vocabulary])
    scheme = table.pop("scheme")
    return {
        key: scheme + table[slug] for key, slug in english_slugs(model).items() if slug in table
    }


def context():
    essglobal = read("essglobal")["vocabulary"]
    return {
        "@vocab": SCHEMA,
        "essglobal": essglobal,
        "legalForm": {"@id": "essglobal:legalForm", "@type": "@id"},
        "economicSector": {"@id": "essglobal:economicSector", "@type": "@id"},
        "license": {"@id": f"{SCHEMA}license", "@type": "@id"},
        "url": {"@id": f"{SCHEMA}url", "@type": "@id"},
    }


def initiative(story, url, forms, sectors):
    organisation = {
        "@id": f"{url}#initiative",
        "@type": ["Organization", "essglobal:SSEInitiative"],
        "name": story.initiative_name,
    }
    if story.website:
        organisation["url"] = story.website
    if story.founded:
        organisation["foundingDate"] = str(story.founded)
    place = {"@type": "PostalAddress"}
    if story.city:
        place["addressLocality"] = story.city
    territory = story.territory
    if territory:
        country = territory.parent if territory.parent_id else territory
        if territory.parent_id:
            place["addressRegion"] = territory.name
        place["addressCountry"] = (country.code or country.name)[:2]
    if len(place) > 1:
        organisation["address"] = place
    form = story.organisation_form
    if form:
        organisation["additionalType"] = form.name
        if form.translation_key in forms:
            organisation["legalForm"] = forms[form.translation_key]
    terms = sorted_terms(story.sectors)
    mapped = sorted(
        {sectors[term.translation_key] for term in terms if term.translation_key in sectors}
    )
    if terms:
        organisation["knowsAbout"] = [term.name for term in terms]
    if mapped:
        organisation["economicSector"] = mapped
    return organisation


def article(story, request, forms, sectors):
    url = address(story, request)
    data = {
        "@id": url,
        "@type": "Article",
        "url": url,
        "headline": story.title,
        "description": story.summary,
        "inLanguage": story.locale.language_code,
        "datePublished": story.date_published.isoformat(),
        "identifier": str(story.translation_key),
        "license": licence()["url"],
        "about": initiative(story, url, forms, sectors),
    }
    goals = sorted(story.sdgs.all(), key=lambda goal: goal.number)
    if goals:
        data["keywords"] = [str(goal) for goal in goals]
    return data


def dataset_title(key, language):
    entry = next(entry for entry in read("datasets")["dataset"] if entry["key"] == key)
    texts = {code: value for code, value in entry.items() if isinstance(value, dict)}
    return in_language(texts, language)["title"]


def stories_jsonld(page, request):
    forms = concept_map("legal_form", OrganisationForm)
    sectors = concept_map("economic_sector", Sector)
    stories = live_stories(page.locale)
    document = {
        "@context": context(),
        "@id": f"{address(page, request)}stories.jsonld",
        "@type": "Dataset",
        "name": dataset_title("stories", page.locale.language_code),
        "inLanguage": page.locale.language_code,
        "license": licence()["url"],
        "hasPart": [article(story, request, forms, sectors) for story in stories],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
