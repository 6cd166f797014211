"""A module page: objectives, activities, resources with format and size, licence, JSON-LD."""

import json

import pytest
from bs4 import BeautifulSoup

from core.factories import translate_page
from curriculum.factories import activity
from curriculum.models import ModulePage, ModuleResource


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def module(make_module, make_document):
    return make_module(
        title="¿Qué es la ESS?",
        slug="que-es-la-ess",
        levels=["Secondary school"],
        topics=["SSE basics"],
        duration_minutes=110,
        sessions=2,
        learning_objectives=[
            {"type": "objective", "value": "Explicar qué es una cooperativa."},
            {"type": "objective", "value": "Comparar empresas por su gobernanza."},
        ],
        body=[activity("Lluvia de ideas", 20), activity("Debate", 90)],
        documents=[make_document("Ficha", "ficha.pdf", b"%PDF-1.4\n" + b"x" * 1_250_000)],
    )


def test_module_page_shows_what_a_teacher_needs(client, module):
    soup = parse(client.get("/es/modulos/que-es-la-ess/"))

    assert soup.h1.text == "¿Qué es la ESS?"
    assert [li.text for li in soup.select(".objectives li")] == [
        "Explicar qué es una cooperativa.",
        "Comparar empresas por su gobernanza.",
    ]
    assert [h.text for h in soup.select(".activity__title")] == ["Lluvia de ideas", "Debate"]
    assert "110 minutos · 2 sesiones" in soup.select_one(".module__meta").text
    resource = soup.select_one(".resource")
    assert "PDF, 1,2 MB" in resource.select_one(".resource__meta").text
    assert resource.a["href"].startswith("/es/modulos/que-es-la-ess/resources/")
    licence = soup.select_one('a[rel="license"]')
    assert licence["href"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert soup.select_one(".module__actions a")["href"] == "/es/modulos/que-es-la-ess/pack/"


def test_file_size_reads_in_french(client, module, curriculum_indexes):
    translate_page(module, "fr", title="Qu'est-ce que l'ESS ?", slug="qu-est-ce-que-l-ess")

    soup = parse(client.get("/fr/modules/qu-est-ce-que-l-ess/"))

    assert "PDF, 1,2 Mo" in soup.select_one(".resource__meta").text
    assert "Fiche élève" in soup.select_one(".resource__meta").text


def test_json_ld_learning_resource(client, module):
    soup = parse(client.get("/es/modulos/que-es-la-ess/"))
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)

    assert data["@type"] == "LearningResource"
    assert data["name"] == "¿Qué es la ESS?"
    assert data["educationalLevel"] == ["Educación secundaria"]
    assert data["teaches"] == [
        "Explicar qué es una cooperativa.",
        "Comparar empresas por su gobernanza.",
    ]
    assert data["timeRequired"] == "PT1H50M"
    assert data["inLanguage"] == "es"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["isAccessibleForFree"] is True
    assert data["author"] == [{"@type": "Person", "name": "Marta Gil"}]
    assert data["dateModified"]


@pytest.mark.usefixtures("page_cache_off")
def test_module_query_count_does_not_grow_with_resources_or_activities(
    client, module, make_document, django_assert_max_num_queries
):
    client.get("/es/modulos/que-es-la-ess/")
    with django_assert_max_num_queries(15) as few:
        client.get("/es/modulos/que-es-la-ess/")

    module.resources = [
        ModuleResource(document=make_document(f"Doc {n}", f"doc{n}.pdf"), locale=module.locale)
        for n in range(6)
    ]
    module.body = [activity(f"Actividad {n}", 10) for n in range(8)]
    module.save_revision().publish()
    client.get("/es/modulos/que-es-la-ess/")  # new documents store their size once
    with django_assert_max_num_queries(15) as many:
        client.get("/es/modulos/que-es-la-ess/")

    assert len(many) == len(few)
    assert ModulePage.objects.get(pk=module.pk).resources.count() == 6
