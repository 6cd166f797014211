"""Each language's word forms: a plural query finds the page that says the singular.

On PostgreSQL, pages are stemmed with their own language's configuration and the
query with the search page's; the stemmer also joins related forms
(cooperación, coopératif, cooperation). SQLite's FTS5 has no stemmer: there a
query word is folded to its singular and matched as a prefix.
"""

import pytest

from tests.search.helpers import result_titles

on_postgresql = pytest.mark.postgresql
on_sqlite = pytest.mark.sqlite

SEARCH_PATHS = {"es": "/es/buscar/", "fr": "/fr/recherche/", "en": "/en/search/"}

PLURAL_FINDS_SINGULAR = [
    ("es", "cooperativas", "Una cooperativa de energía en Aragón."),
    ("fr", "coopératives", "Une coopérative d'énergie en Bretagne."),
    ("en", "cooperatives", "A cooperative that sells energy in Wales."),
]


@on_postgresql
@pytest.mark.parametrize(("language", "query", "text"), PLURAL_FINDS_SINGULAR)
def test_postgresql_stems_plural_query_in_the_page_language(
    client, make_page, language, query, text
):
    make_page(language, title="Energía", introduction=text)
    make_page(language, title="Otra cosa", introduction="Nada que ver.")

    assert result_titles(client.get(SEARCH_PATHS[language], {"q": query})) == ["Energía"]


@on_postgresql
@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("es", "cooperativas", "La cooperación entre vecinos."),
        ("fr", "coopératives", "Un habitat coopératif à Lyon."),
        ("en", "cooperatives", "Cooperation between neighbours."),
    ],
)
def test_postgresql_joins_related_word_forms(client, make_page, language, query, text):
    make_page(language, title="Vecinos", introduction=text)

    assert result_titles(client.get(SEARCH_PATHS[language], {"q": query})) == ["Vecinos"]


@on_postgresql
def test_search_without_a_language_finds_word_forms_of_every_language(make_page):
    """The admin searches every locale at once: each page matches in its own language."""
    from django.utils import translation
    from wagtail.models import Page

    make_page("fr", title="Énergie", introduction="Une coopérative d'énergie.")
    make_page("en", title="Gardens", introduction="Allotments for the neighbourhood.")

    with translation.override("en"):  # English alone would stem the query to "coopérat"
        found = [page.title for page in Page.objects.search("coopératives")]

    assert found == ["Énergie"]


@on_sqlite
@pytest.mark.parametrize(("language", "query", "text"), PLURAL_FINDS_SINGULAR)
def test_sqlite_folds_plural_query_and_matches_prefix(client, make_page, language, query, text):
    make_page(language, title="Energía", introduction=text)
    make_page(language, title="Otra cosa", introduction="Nada que ver.")

    assert result_titles(client.get(SEARCH_PATHS[language], {"q": query})) == ["Energía"]


@on_sqlite
def test_sqlite_singular_query_finds_plural_by_prefix(client, make_page):
    make_page("es", title="Mercados", introduction="Tres cooperativas y dos asociaciones.")

    assert result_titles(client.get("/es/buscar/", {"q": "cooperativa"})) == ["Mercados"]


def test_update_index_rebuilds_the_index(make_page, client):
    from django.core.management import call_command

    make_page("fr", title="Énergie", introduction="Une coopérative d'énergie.")
    call_command("update_index", verbosity=0)

    assert result_titles(client.get("/fr/recherche/", {"q": "coopératives"})) == ["Énergie"]


def test_the_admin_page_search_finds_a_page_by_the_start_of_its_title(admin_client, make_page):
    """The admin's page search autocompletes: it has a compiler of its own."""
    make_page("es", title="Mercados sociales", introduction="Tres cooperativas.")

    response = admin_client.get("/admin/pages/search/", {"q": "merc"})

    assert response.status_code == 200
    assert "Mercados sociales" in response.content.decode()
