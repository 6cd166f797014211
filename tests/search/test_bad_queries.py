"""Whatever a visitor types, the search page answers with a page and a message, without
searching for what cannot be searched."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.search.helpers import result_titles, status_message

BAD_QUERIES = [
    ("", "Type a word"),
    ("   ", "Type a word"),
    ("a" * 201, "too long"),
    ("cooperativa " * 30, "too long"),
    ('"', "no words"),
    ("OR", "no words"),
    ("-", "no words"),
    ("*", "no words"),
    ("!!! ??? ...", "no words"),
    ("AND NOT", "no words"),
]


def queries_made(client, *args):
    with CaptureQueriesContext(connection) as made:
        response = client.get(*args)
    return response, len(made)


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.parametrize(("query", "message"), BAD_QUERIES)
def test_bad_query_gets_a_normal_page_and_a_message(client, search_pages, query, message):
    client.get("/en/search/", {"q": "!"})  # what every page and search remembers, remembered
    _empty_form, without_query = queries_made(client, "/en/search/")

    response, with_bad_query = queries_made(client, "/en/search/", {"q": query})

    assert response.status_code == 200
    assert message in status_message(response)
    assert with_bad_query == without_query  # nothing is searched, nothing is counted


@pytest.mark.parametrize(
    "query",
    ['girasol"', '"girasol', "girasol OR", "-girasol", "girasol*", "(girasol", "girasol:", "'"],
)
def test_query_syntax_characters_are_read_as_plain_words(client, make_page, query):
    make_page("es", title="Girasol", introduction="Un girasol.")

    response = client.get("/es/buscar/", {"q": query})

    assert response.status_code == 200
    assert result_titles(response) == (["Girasol"] if "girasol" in query else [])


def test_nul_bytes_are_dropped(client, make_page):
    make_page("es", title="Girasol", introduction="Un girasol.")

    response = client.get("/es/buscar/?q=gira%00sol%00")

    assert response.status_code == 200
    response = client.get("/es/buscar/?q=girasol%00")
    assert result_titles(response) == ["Girasol"]


def test_search_page_without_query_shows_only_the_form(client, search_pages):
    response = client.get("/fr/recherche/")

    assert response.status_code == 200
    assert "search" not in response.context
    assert b'name="q"' in response.content
