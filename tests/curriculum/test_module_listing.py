"""The module index: filters by level, topic and duration band, with counts."""

import pytest
from bs4 import BeautifulSoup

from curriculum.models import ModulePage


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(link.text for link in soup.select(".card__title a"))


def counts(response, facet_name):
    return {
        option.label: option.count
        for facet in response.context["listing"].facet_results
        if facet.name == facet_name
        for option in facet.options
    }


@pytest.fixture
def catalogue(make_module):
    make_module(
        title="Consumo",
        levels=["Primary school"],
        topics=["Responsible consumption"],
        duration_minutes=50,
    )
    make_module(
        title="Fundamentos",
        levels=["Secondary school"],
        topics=["SSE basics"],
        duration_minutes=110,
    )
    make_module(
        title="Plataformas",
        levels=["Secondary school"],
        topics=["Digital skills"],
        duration_minutes=100,
    )
    make_module(
        title="Compra pública",
        levels=["University", "Adult education"],
        topics=["Public procurement"],
        duration_minutes=240,
    )


def test_index_lists_modules_with_total(client, catalogue, make_module):
    make_module(language="fr", title="Consommation")

    response = client.get("/es/modulos/")

    assert response.status_code == 200
    assert titles(response) == ["Compra pública", "Consumo", "Fundamentos", "Plataformas"]
    assert "4 módulos" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("level=educacion-secundaria", ["Fundamentos", "Plataformas"]),
        ("topic=competencias-digitales", ["Plataformas"]),
        ("duration=up-to-1h", ["Consumo"]),
        ("duration=1-3h", ["Fundamentos", "Plataformas"]),
        ("duration=over-3h", ["Compra pública"]),
        ("duration=up-to-1h&duration=over-3h", ["Compra pública", "Consumo"]),
        ("level=educacion-secundaria&duration=1-3h&topic=fundamentos-de-la-ess", ["Fundamentos"]),
        ("level=universidad&duration=up-to-1h", []),
    ],
)
def test_filters_narrow_and_combine(client, catalogue, query, expected):
    assert titles(client.get(f"/es/modulos/?{query}")) == expected


def test_counts_follow_the_other_filters(client, catalogue):
    response = client.get("/es/modulos/?level=educacion-secundaria")

    assert counts(response, "duration") == {"De 1 a 3 horas": 2}
    assert counts(response, "level")["Educación primaria"] == 1
    assert counts(response, "topic") == {"Fundamentos de la ESS": 1, "Competencias digitales": 1}


@pytest.mark.parametrize(
    "query",
    [
        "duration=2h",
        "duration=",
        "level=99",
        "topic=%00",
        "page=abc",
        "page=-1",
        "duration=" + "x" * 999,
    ],
)
def test_bad_query_strings_give_a_normal_page(client, catalogue, query):
    assert client.get(f"/es/modulos/?{query}").status_code == 200


@pytest.mark.usefixtures("page_cache_off")
def test_index_query_count_does_not_grow_with_modules(
    client, make_module, django_assert_max_num_queries
):
    def create(first, last):
        for number in range(first, last):
            make_module(
                title=f"Módulo {number}",
                levels=["Secondary school"],
                topics=["SSE basics", "Digital skills"],
            )

    create(0, 10)
    client.get("/es/modulos/")  # the first request fills caches (site root paths)
    with django_assert_max_num_queries(20) as at_10:
        client.get("/es/modulos/")
    create(10, 300)
    assert ModulePage.objects.count() == 300
    client.get("/es/modulos/?page=2")  # the first request after a change fills caches
    with django_assert_max_num_queries(20) as at_300:
        client.get("/es/modulos/?page=2")

    assert len(at_300) == len(at_10)
