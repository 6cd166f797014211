"""The search page: results of the visitor's language only, by type, page by page."""

import pytest
from bs4 import BeautifulSoup

from core.factories import translate_page
from tests.discovery.sitemap_reader import read_sitemap
from tests.search.helpers import result_titles


def test_each_language_finds_only_its_own_pages(client, make_page):
    spanish = make_page("es", title="Huerta", introduction="Una huerta girasol de barrio.")
    translate_page(spanish, "fr", title="Potager", slug="potager", introduction="Girasol potager.")
    make_page("en", title="Garden", introduction="A girasol garden.")

    assert result_titles(client.get("/es/buscar/?q=girasol")) == ["Huerta"]
    assert result_titles(client.get("/fr/recherche/?q=girasol")) == ["Potager"]
    assert result_titles(client.get("/en/search/?q=girasol")) == ["Garden"]


def test_drafts_and_private_pages_are_not_found(client, make_page):
    make_page("es", title="Publicada", introduction="Girasol.")
    draft = make_page("es", title="Borrador", introduction="Girasol.")
    draft.unpublish()

    assert result_titles(client.get("/es/buscar/?q=girasol")) == ["Publicada"]


def test_type_filter_counts_each_type_and_narrows(client, make_page, make_story):
    make_page("es", title="Sobre los girasoles", introduction="Girasol y sol.")
    make_story(title="Cooperativa del girasol", summary="Aceite de girasol ecológico.")
    make_story(title="Otra historia", summary="Semillas de girasol.")

    response = client.get("/es/buscar/?q=girasol")
    counts = {option.key: option.count for option in response.context["search"].type_options}
    assert counts == {"story": 2, "page": 1}
    assert len(result_titles(response)) == 3

    stories_only = client.get("/es/buscar/?q=girasol&type=story")
    assert sorted(result_titles(stories_only)) == ["Cooperativa del girasol", "Otra historia"]


def test_unknown_type_says_so_and_offers_all_content(client, make_page):
    make_page("es", title="Girasol", introduction="Girasol.")

    response = client.get("/es/buscar/?q=girasol&type=nada")

    assert response.status_code == 200
    assert result_titles(response) == []
    assert "no existe" in response.content.decode() or "does not exist" in (
        response.content.decode()
    )


def test_pagination_keeps_query_and_type(client, make_page):
    for number in range(13):
        make_page("es", title=f"Girasol {number:02d}", introduction="Girasol.")

    first = client.get("/es/buscar/?q=girasol&type=page")
    soup = BeautifulSoup(first.content, "html.parser")
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "q=girasol" in next_link and "type=page" in next_link and "page=2" in next_link

    second = client.get("/es/buscar/" + next_link)
    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 3
    assert not set(result_titles(first)) & set(result_titles(second))


def test_page_number_out_of_range_gives_nearest_page(client, make_page):
    make_page("es", title="Girasol", introduction="Girasol.")

    for number in ("0", "abc", "99999", "-1"):
        response = client.get(f"/es/buscar/?q=girasol&page={number}")
        assert response.status_code == 200
        assert result_titles(response) == ["Girasol"]


def test_summary_marks_query_words_and_escapes_html(client, make_page):
    make_page(
        "es",
        title="Texto con etiquetas",
        introduction='<script>alert("x")</script> Las cooperativas <b>girasol</b> crecen.',
    )

    html = client.get("/es/buscar/?q=girasol").content.decode()

    assert "<mark>girasol</mark>" in html
    assert "&lt;script&gt;" in html
    assert '<script>alert("x")' not in html
    assert "<b>girasol</b>" not in html


def test_header_search_box_leads_to_the_language_search_page(client, search_pages, make_page):
    for language, path in (("es", "/es/buscar/"), ("fr", "/fr/recherche/"), ("en", "/en/search/")):
        soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
        form = soup.select_one("header form[role=search]")
        assert form["action"] == path
        assert form.select_one("label")["for"] == form.select_one("input[name=q]")["id"]


@pytest.mark.usefixtures("page_cache_off")
def test_search_query_count_does_not_grow_with_results(
    client, make_page, make_story, django_assert_max_num_queries
):
    for number in range(3):
        make_page("es", title=f"Girasol {number}", introduction="Girasol.")
        make_story(title=f"Historia girasol {number}", summary="Girasol.")
    client.get("/es/buscar/?q=girasol&type=story")
    with django_assert_max_num_queries(20) as few:
        client.get("/es/buscar/?q=girasol&type=story")

    for number in range(3, 30):
        make_page("es", title=f"Girasol {number}", introduction="Girasol.")
        make_story(title=f"Historia girasol {number}", summary="Girasol.")
    client.get("/es/buscar/?q=girasol&type=story")  # the first request after a change
    with django_assert_max_num_queries(20) as many:
        client.get("/es/buscar/?q=girasol&type=story")

    assert len(many) == len(few)


def test_search_page_stays_out_of_the_sitemap_and_search_engines(client, search_pages):
    assert not [address for address in read_sitemap(client) if "/es/buscar/" in address]
    assert b'name="robots" content="noindex' in client.get("/es/buscar/?q=sol").content
