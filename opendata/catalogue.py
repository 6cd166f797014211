"""The DCAT-AP catalogue of one language's "Open data" page (`catalog.jsonld`), so that
European open-data portals can harvest Soleil's datasets.

A `dcat:Catalog` with, for each dataset of `opendata/data/datasets.toml`, a
`dcat:Dataset` titled and described in every language of the site, and its
`dcat:Distribution`s: each file (`dcat:downloadURL`) and the API endpoint
(`dcat:accessURL`), with its media type (IANA's address for it), format and licence.
The publisher is the site. Languages are named by the EU's authority table.
"""

import json

from django.conf import settings
from wagtail.models import Site

from opendata.datasets import address, datasets, licence, read

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
IANA = "https://www.iana.org/assignments/media-types/"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
FILE_TYPES = {"CSV": "CSV", "JSON-LD": "JSON_LD", "iCalendar": "ICS", "JSON": "JSON"}


def texts_in_every_language(texts, field):
    return [
        {"@value": texts[code][field], "@language": code}
        for code, _name in settings.LANGUAGES
        if code in texts
    ]


def languages():
    table = read("datasets")["eu_languages"]
    return [
        {"@id": EU_LANGUAGE + table[code]} for code, _name in settings.LANGUAGES if code in table
    ]


def distribution(item, title):
    data = {
        "@id": item.url,
        "@type": "dcat:Distribution",
        "dct:title": title,
        "dcat:accessURL": {"@id": item.url},
        "dcat:mediaType": {"@id": IANA + item.media_type},
        "dct:format": {"@id": EU_FILE_TYPE + FILE_TYPES[item.format]},
        "dct:license": {"@id": licence()["url"]},
    }
    if not item.is_api:
        data["dcat:downloadURL"] = {"@id": item.url}
    return data


def catalogue(page, request):
    page_url = address(page, request)
    site = Site.find_for_request(request)
    publisher = {
        "@id": site.root_url if site else request.build_absolute_uri("/"),
        "@type": "foaf:Agent",
        "foaf:name": settings.WAGTAIL_SITE_NAME,
    }
    texts = read("datasets")["catalogue"]
    found = []
    for dataset in datasets(page, request):
        found.append(
            {
                "@id": f"{page_url}#{dataset.key}",
                "@type": "dcat:Dataset",
                "dct:title": texts_in_every_language(dataset.texts, "title"),
                "dct:description": texts_in_every_language(dataset.texts, "description"),
                "dct:publisher": publisher,
                "dct:license": {"@id": licence()["url"]},
                "dct:language": {
                    "@id": EU_LANGUAGE
                    + read("datasets")["eu_languages"].get(dataset.language, "MUL")
                },
                "dcat:landingPage": {"@id": page_url},
                "dcat:distribution": [
                    distribution(item, f"{dataset.title} ({item.format})")
                    for item in dataset.distributions
                ],
            }
        )
    document = {
        "@context": CONTEXT,
        "@id": f"{page_url}catalog.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": texts_in_every_language(texts, "title"),
        "dct:description": texts_in_every_language(texts, "description"),
        "dct:publisher": publisher,
        "dct:license": {"@id": licence()["url"]},
        "dct:language": languages(),
        "foaf:homepage": {"@id": page_url},
        "dcat:dataset": found,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
