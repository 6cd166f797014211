"""The "Open data" page, its files and its DCAT-AP catalogue, read with real parsers."""

import csv
import html
import io

import pytest
import rdflib
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rdflib.namespace import DCAT, DCTERMS, RDF

from core import freshness
from tests.cache.purge_recorder import PurgeRecorder

SCHEMA = rdflib.Namespace("https://schema.org/")
ESSGLOBAL = rdflib.Namespace("https://w3id.org/essglobal/voc/")
CC_BY_SA = rdflib.URIRef("https://creativecommons.org/licenses/by-sa/4.0/")


def rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def graph(response):
    return rdflib.Graph().parse(data=response.content.decode("utf-8"), format="json-ld")


@pytest.mark.parametrize(
    ("address", "words"),
    [
        (
            "/es/datos-abiertos/",
            ["Historias de la economía social y solidaria", "CC BY-SA 4.0", "como máximo 100"],
        ),
        (
            "/fr/donnees-ouvertes/",
            ["Récits de l'économie sociale et solidaire", "CC BY-SA 4.0", "100 éléments au plus"],
        ),
        ("/en/open-data/", ["Social and solidarity economy stories", "at most 100 items"]),
    ],
)
def test_the_open_data_page_lists_each_dataset_its_files_and_an_api_call(site, address, words):
    response = Client().get(address)

    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    for word in words:
        assert word in text
    language = address.split("/")[1]
    assert f"{address}stories.csv" in text
    assert f"/api/v2/stories/?locale={language}" in text


def test_stories_csv_holds_the_live_public_stories_of_its_language_and_their_licence(site):
    spanish = rows(Client().get("/es/datos-abiertos/stories.csv"))
    french = rows(Client().get("/fr/donnees-ouvertes/stories.csv"))

    assert sorted(row["title"] for row in spanish) == ["La Huerta Viva", "Sol de Todos"]
    assert [row["title"] for row in french] == ["Le Potager Vivant"]
    huerta = next(row for row in spanish if row["title"] == "La Huerta Viva")
    assert huerta["sector_slugs"] == "agroecologia"
    assert huerta["territory"] == "Andalucía"
    assert huerta["country"] == "España"
    assert huerta["founded"] == "1998"
    assert huerta["url"].endswith("/es/historias/la-huerta-viva/")
    assert huerta["translation_key"] == french[0]["translation_key"]
    assert {row["licence"] for row in spanish} == {
        "CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/"
    }


def test_modules_csv_parses_and_lists_the_modules(site):
    response = Client().get("/es/datos-abiertos/modules.csv")

    assert response["Content-Type"].startswith("text/csv")
    [module] = rows(response)
    assert module["title"] == "Mercados sociales"
    assert module["education_level_slugs"] == "educacion-secundaria"


def test_stories_json_ld_is_schema_org_with_essglobal_terms_and_a_licence(site):
    data = graph(Client().get("/es/datos-abiertos/stories.jsonld"))

    articles = set(data.subjects(RDF.type, SCHEMA.Article))
    assert len(articles) == 2
    assert all((article, SCHEMA.license, CC_BY_SA) in data for article in articles)
    initiatives = set(data.subjects(RDF.type, ESSGLOBAL.SSEInitiative))
    assert len(initiatives) == 2
    assert set(data.objects(None, ESSGLOBAL.legalForm)) == {
        rdflib.URIRef("https://w3id.org/essglobal/standard/legal-form/L2")
    }
    assert rdflib.URIRef("https://w3id.org/essglobal/standard/activities/a01") in set(
        data.objects(None, ESSGLOBAL.economicSector)
    )


def test_the_catalogue_is_dcat_with_datasets_distributions_in_three_languages(site):
    data = graph(Client().get("/es/datos-abiertos/catalog.jsonld"))

    [catalogue] = data.subjects(RDF.type, DCAT.Catalog)
    datasets = set(data.objects(catalogue, DCAT.dataset))
    assert len(datasets) == 3
    result = data.query(
        """SELECT ?dataset ?url ?type WHERE {
            ?dataset a dcat:Dataset ; dcat:distribution ?d .
            ?d dcat:downloadURL ?url ; dcat:mediaType ?type ; dct:license ?licence .
        }""",
        initNs={"dcat": DCAT, "dct": DCTERMS},
    )
    downloads = {str(row.url).split("/es/", 1)[1]: str(row.type) for row in result}
    assert downloads == {
        "datos-abiertos/stories.csv": "https://www.iana.org/assignments/media-types/text/csv",
        "datos-abiertos/stories.jsonld": (
            "https://www.iana.org/assignments/media-types/application/ld+json"
        ),
        "datos-abiertos/modules.csv": "https://www.iana.org/assignments/media-types/text/csv",
        "eventos/calendar.ics": "https://www.iana.org/assignments/media-types/text/calendar",
    }
    api = {str(url) for url in data.objects(None, DCAT.accessURL) if "/api/v2/" in str(url)}
    assert api == {
        f"http://testserver/api/v2/{name}/?locale=es" for name in ("stories", "modules", "events")
    }
    titles = {
        title.language for dataset in datasets for title in data.objects(dataset, DCTERMS.title)
    }
    assert titles == {"es", "fr", "en"}
    assert (catalogue, DCTERMS.license, CC_BY_SA) in data


def test_a_publish_makes_the_files_again(site, make_story):
    before = rows(Client().get("/es/datos-abiertos/stories.csv"))
    make_story(title="Nueva cooperativa", slug="nueva-cooperativa")
    after = rows(Client().get("/es/datos-abiertos/stories.csv"))
    site["energia"].unpublish()
    later = rows(Client().get("/es/datos-abiertos/stories.csv"))

    assert len(before) == 2
    assert "Nueva cooperativa" in [row["title"] for row in after]
    assert "Sol de Todos" not in [row["title"] for row in later]


def test_a_file_costs_the_same_queries_whatever_the_number_of_stories(
    site, make_story, page_cache_off
):
    def cost():
        freshness.advance()
        with CaptureQueriesContext(connection) as queries:
            assert Client().get("/es/datos-abiertos/stories.jsonld").status_code == 200
        return len(queries)

    small = cost()
    for number in range(8):
        make_story(title=f"Más {number}", slug=f"mas-{number}", sectors=("Fair trade", "Care"))
    assert cost() == small


def test_a_publish_purges_the_files_from_a_caching_proxy(
    site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.cache.purge_recorder.PurgeRecorder"}
    }
    PurgeRecorder.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        site["energia"].save_revision().publish()

    purged = set(PurgeRecorder.purged)
    assert {
        "http://localhost/es/datos-abiertos/stories.csv",
        "http://localhost/fr/donnees-ouvertes/stories.jsonld",
        "http://localhost/en/open-data/catalog.jsonld",
    } <= purged
