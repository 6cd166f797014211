"""The story index: filters, facet counts, pagination and bad query strings."""

import pytest
from bs4 import BeautifulSoup

from stories.models import StoryPage


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(link.text for link in soup.select(".card__title a"))


def facet_counts(response, facet_name):
    return {
        option.label: option.count
        for facet in response.context["listing"].facet_results
        if facet.name == facet_name
        for option in facet.options
    }


@pytest.fixture
def catalogue(make_story):
    make_story(
        title="Huerta",
        sectors=["Agroecology"],
        form="Cooperative",
        territory="ES-VC",
        sdgs=[2, 12],
        tags=["huerta"],
    )
    make_story(
        title="Sol",
        sectors=["Renewable energy"],
        form="Cooperative",
        territory="ES-AR",
        sdgs=[7],
        tags=["energía"],
    )
    make_story(
        title="Mercado",
        sectors=["Social markets", "Agroecology"],
        form="Association",
        territory="ES-AN",
        sdgs=[12],
        tags=["huerta"],
    )
    make_story(
        title="Vivienda",
        sectors=["Cooperative housing and co-housing"],
        form="Cooperative",
        territory="FR-PDL",
        sdgs=[11],
    )


def test_index_lists_live_stories_of_its_language_with_total(client, catalogue, make_story):
    make_story(language="fr", title="Potager")
    make_story(title="Borrador", live=False)

    response = client.get("/es/historias/")

    assert response.status_code == 200
    assert titles(response) == ["Huerta", "Mercado", "Sol", "Vivienda"]
    assert "4 historias" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector=agroecologia", ["Huerta", "Mercado"]),
        ("form=asociacion", ["Mercado"]),
        ("territory=aragon", ["Sol"]),
        ("territory=espana", ["Huerta", "Mercado", "Sol"]),
        ("territory=francia", ["Vivienda"]),
        ("sdg=12", ["Huerta", "Mercado"]),
        ("tag=huerta", ["Huerta", "Mercado"]),
        ("sector=agroecologia&form=cooperativa", ["Huerta"]),
        ("sector=agroecologia&sector=energias-renovables", ["Huerta", "Mercado", "Sol"]),
        ("sector=agroecologia&territory=francia", []),
    ],
)
def test_filters_narrow_and_combine(client, catalogue, query, expected):
    response = client.get(f"/es/historias/?{query}")

    assert response.status_code == 200
    assert titles(response) == expected


def test_facet_counts_follow_the_other_active_filters(client, catalogue):
    response = client.get("/es/historias/?form=cooperativa")

    assert facet_counts(response, "sector") == {
        "Agroecología": 1,
        "Energías renovables": 1,
        "Vivienda cooperativa y cohousing": 1,
    }
    assert facet_counts(response, "form") == {"Cooperativa": 3, "Asociación": 1}
    assert facet_counts(response, "territory") == {
        "España": 2,
        "Aragón": 1,
        "Comunitat Valenciana": 1,
        "Francia": 1,
        "País del Loira": 1,
    }


def test_options_without_results_are_not_links(client, catalogue):
    soup = BeautifulSoup(client.get("/es/historias/?territory=francia").content, "html.parser")

    sector_links = [a.select_one(".facet__name").text for a in soup.select(".facet a")]
    assert "Vivienda cooperativa y cohousing" in sector_links
    assert "Agroecología" not in sector_links


def test_active_filters_are_removable_one_by_one(client, catalogue):
    response = client.get("/es/historias/?sector=agroecologia&form=cooperativa")
    soup = BeautifulSoup(response.content, "html.parser")

    chips = {chip.text.split("×")[0].strip(): chip["href"] for chip in soup.select(".chip")}
    assert chips == {
        "Sector: Agroecología": "?form=cooperativa",
        "Forma jurídica: Cooperativa": "?sector=agroecologia",
    }
    assert soup.find("a", string="Borrar todos los filtros")["href"] == "?"


@pytest.mark.usefixtures("page_cache_off")
def test_the_filters_button_counts_each_requests_own_filters(client, catalogue):
    """The facets come from a cached fragment; the button that folds them on a phone
    says how many filters this request has, whatever was shown before."""

    def button(query):
        soup = BeautifulSoup(client.get(f"/es/historias/{query}").content, "html.parser")
        return soup.select_one(".filters summary").get_text(strip=True)

    assert button("?sector=agroecologia") == "Filtros (1 activo)"
    assert button("?sector=agroecologia&form=cooperativa") == "Filtros (2 activos)"
    assert button("?sector=agroecologia&page=2") == "Filtros (1 activo)"
    assert button("?sector=agroecologia&sector=no-existe") == "Filtros (1 activo)"
    assert button("?sector=no-existe") == "Filtros"
    assert button("") == "Filtros"
    assert button("?form=cooperativa&sector=agroecologia") == "Filtros (2 activos)"


def test_empty_result_says_so_and_offers_to_clear(client, catalogue):
    response = client.get("/es/historias/?sector=agroecologia&territory=francia")

    assert "0 historias" in response.text
    assert "Ninguna historia cumple todos estos filtros." in response.text
    assert "Borrar todos los filtros" in response.text


def test_pagination_keeps_the_filters(client, make_story):
    for number in range(14):
        make_story(title=f"Huerta {number:02d}", sectors=["Agroecology"])
    make_story(title="Sol", sectors=["Renewable energy"])

    first = client.get("/es/historias/?sector=agroecologia")
    second = client.get("/es/historias/?sector=agroecologia&page=2")

    assert len(titles(first)) == 12
    assert len(titles(second)) == 2
    assert first.context["listing"].next_url == "?sector=agroecologia&page=2"
    assert second.context["listing"].previous_url == "?sector=agroecologia"
    assert "Sol" not in titles(second)


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-3",
        "page=99999",
        "page=1.5",
        "sector=no-existe",
        "sector=agroecologie",
        "sdg=abc",
        "sdg=99",
        "sdg=99999999999999999999999",
        "tag=",
        "sector=" + "a" * 5000,
        "&".join(["sector=agroecologia"] * 200),
        "territory=%00",
        "sector[]=x&form=%E2%80%AE",
    ],
)
def test_bad_query_strings_give_a_normal_page(client, catalogue, query):
    response = client.get(f"/es/historias/?{query}")

    assert response.status_code == 200
    assert "historias" in response.text


def test_unknown_values_are_ignored_and_last_page_is_the_nearest(client, catalogue):
    assert titles(client.get("/es/historias/?sector=no-existe")) == [
        "Huerta",
        "Mercado",
        "Sol",
        "Vivienda",
    ]
    assert len(titles(client.get("/es/historias/?page=99999"))) == 4


@pytest.mark.usefixtures("page_cache_off")
def test_index_query_count_does_not_grow_with_stories(
    client, make_story, image, django_assert_max_num_queries
):
    def create(first, last):
        for number in range(first, last):
            make_story(
                title=f"Historia {number}",
                sectors=["Agroecology", "Care"],
                territory="ES-CT",
                form="Cooperative",
                sdgs=[8],
                tags=["ejemplo"],
                hero_image=image,
            )

    create(0, 12)
    client.get("/es/historias/")  # renditions are made on the first view
    with django_assert_max_num_queries(20) as at_12:
        client.get("/es/historias/")

    create(12, 500)
    assert StoryPage.objects.count() == 500
    client.get("/es/historias/")
    with django_assert_max_num_queries(20) as at_500:
        client.get("/es/historias/?page=3")

    assert len(at_500) == len(at_12)
