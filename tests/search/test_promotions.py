"""Editors' promoted pages come first, in the visitor's language only."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.factories import translate_page
from tests.search.helpers import promoted_titles


def promote(query_string, page):
    return SearchPromotion.objects.create(query=Query.get(query_string), page=page, sort_order=0)


def test_promoted_page_is_recommended_first(client, make_page):
    guide = make_page("es", title="Guía de cooperativas", introduction="Cómo montar una.")
    make_page("es", title="Girasol", introduction="Cooperativa girasol.")
    promote("cooperativa", guide)

    response = client.get("/es/buscar/?q=Cooperativa")

    assert promoted_titles(response) == ["Guía de cooperativas"]
    assert "Recommended" in response.content.decode() or "Recomendado" in (
        response.content.decode()
    )


def test_promotion_of_another_language_shows_the_visitor_translation(client, make_page):
    guide = make_page("es", title="Guía", introduction="Cómo montar una cooperativa.")
    translate_page(guide, "fr", title="Guide", slug="guide")
    promote("cooperativa", guide)

    assert promoted_titles(client.get("/fr/recherche/?q=cooperativa")) == ["Guide"]


def test_promotion_without_translation_is_skipped(client, make_page):
    guide = make_page("es", title="Guía", introduction="Cómo montar una cooperativa.")
    promote("cooperativa", guide)

    assert promoted_titles(client.get("/en/search/?q=cooperativa")) == []


def test_promotion_of_unpublished_page_is_skipped(client, make_page):
    guide = make_page("es", title="Guía", introduction="Una cooperativa.")
    promote("cooperativa", guide)
    guide.unpublish()

    assert promoted_titles(client.get("/es/buscar/?q=cooperativa")) == []
