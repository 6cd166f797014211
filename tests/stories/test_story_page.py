"""A story page in each language: its content, translation, related stories, sharing data."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from core.factories import translate_page
from stories.models import RelatedStory, StoryKeyFigure, StoryPage

WORDS_600 = " ".join(["cooperativa"] * 600)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def story(make_story, image):
    page = make_story(
        title="La Huerta Común da de comer al barrio",
        slug="la-huerta-comun",
        initiative_name="La Huerta Común",
        sectors=["Agroecology"],
        form="Cooperative",
        territory="ES-VC",
        sdgs=[2],
        tags=["huerta"],
        city="Valencia",
        founded=2014,
        summary="Una cooperativa agroecológica que abastece a 240 familias.",
        hero_image=image,
        hero_alt="Ilustración de un huerto",
        body=[{"type": "paragraph", "value": f"<p>{WORDS_600}</p>"}],
    )
    page.key_figures = [
        StoryKeyFigure(value="240", label="familias socias", locale=page.locale, sort_order=0)
    ]
    page.save_revision().publish()
    return StoryPage.objects.get(pk=page.pk)


@pytest.fixture
def french_story(story):
    return translate_page(
        story,
        "fr",
        title="Le Potager commun nourrit le quartier",
        slug="le-potager-commun",
        summary="Une coopérative agroécologique qui approvisionne 240 familles.",
        hero_alt="Illustration d'un potager",
        city="Valence",
        body=[{"type": "paragraph", "value": "<p>" + " ".join(["coopérative"] * 450) + "</p>"}],
    )


def test_story_shows_the_initiative_in_spanish(client, story):
    response = client.get("/es/historias/la-huerta-comun/")
    soup = parse(response)

    assert response.status_code == 200
    assert soup.h1.text == "La Huerta Común da de comer al barrio"
    facts = soup.select_one(".facts").text
    for expected in ["Cooperativa", "Agroecología", "Valencia, Comunitat Valenciana", "2014"]:
        assert expected in facts
    assert soup.select_one(".key-figures dd").text == "240"
    assert "3 min de lectura" in soup.select_one(".story__byline").text
    assert soup.select_one('meta[name="description"]')["content"] == story.summary


def test_french_translation_shows_french_text_and_synchronised_image_and_figures(
    client, french_story, story
):
    figure = french_story.key_figures.get()
    figure.label = "familles adhérentes"
    figure.save()

    soup = parse(client.get("/fr/recits/le-potager-commun/"))

    assert soup.html["lang"] == "fr"
    assert soup.h1.text == "Le Potager commun nourrit le quartier"
    assert french_story.hero_image_id == story.hero_image_id
    assert soup.select_one(".story__hero img")["alt"] == "Illustration d'un potager"
    assert soup.select_one(".key-figures dt").text == "familles adhérentes"
    assert soup.select_one(".key-figures dd").text == "240"
    facts = soup.select_one(".facts").text
    assert "Agroécologie" in facts and "Coopérative" in facts
    assert "Communauté valencienne" in facts
    assert "3 min de lecture" in soup.select_one(".story__byline").text
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switcher["es"] == "/es/historias/la-huerta-comun/"


def test_translation_links_its_own_languages_terms(french_story):
    assert {sector.locale.language_code for sector in french_story.sectors.all()} == {"fr"}
    assert french_story.territory.locale.language_code == "fr"
    assert french_story.organisation_form.name == "Coopérative"


def test_related_stories_default_to_shared_sectors_and_tags_in_the_same_language(
    client, story, make_story
):
    make_story(title="Otra huerta", sectors=["Agroecology"], tags=["huerta"])
    make_story(title="Solo etiqueta", tags=["huerta"])
    make_story(title="Sin relación", sectors=["Care"])
    make_story(language="fr", title="Potager voisin", sectors=["Agroecology"], tags=["huerta"])

    soup = parse(client.get("/es/historias/la-huerta-comun/"))

    related = [a.text for a in soup.select(".related .card__title a")]
    assert related == ["Otra huerta", "Solo etiqueta"]


def test_chosen_related_stories_are_shown_in_the_visitors_language(
    client, story, french_story, make_story
):
    other = make_story(title="Energía del barrio", slug="energia", sectors=["Renewable energy"])
    translate_page(other, "fr", title="L'énergie du quartier", slug="energie")
    story.related_story_links = [RelatedStory(page=other)]
    story.save_revision().publish()
    french_story.related_story_links = [RelatedStory(page=other)]
    french_story.save_revision().publish()

    spanish = [
        a.text
        for a in parse(client.get("/es/historias/la-huerta-comun/")).select(
            ".related .card__title a"
        )
    ]
    french = [
        a.text
        for a in parse(client.get("/fr/recits/le-potager-commun/")).select(
            ".related .card__title a"
        )
    ]

    assert spanish == ["Energía del barrio"]
    assert french == ["L'énergie du quartier"]


def test_json_ld_article_carries_the_story(client, story):
    soup = parse(client.get("/es/historias/la-huerta-comun/"))

    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Article"
    assert data["headline"] == story.title
    assert data["description"] == story.summary
    assert data["inLanguage"] == "es"
    assert data["datePublished"] == story.date_published.isoformat()
    assert data["dateModified"].startswith(str(story.last_published_at.year))
    assert data["publisher"]["name"] == "Soleil"
    assert data["image"][0].startswith("http://testserver/media/images/")


def test_open_graph_and_twitter_tags(client, french_story):
    soup = parse(client.get("/fr/recits/le-potager-commun/"))

    def meta(attribute, name):
        return soup.select_one(f'meta[{attribute}="{name}"]')["content"]

    assert meta("property", "og:title") == "Le Potager commun nourrit le quartier"
    assert meta("property", "og:type") == "article"
    assert meta("property", "og:locale") == "fr_FR"
    assert [tag["content"] for tag in soup.select('meta[property="og:locale:alternate"]')] == [
        "es_ES"
    ]
    assert meta("property", "og:image").endswith(".jpg")
    assert ".fill-1200x630" in meta("property", "og:image")
    assert meta("name", "twitter:card") == "summary_large_image"


@pytest.mark.usefixtures("page_cache_off")
def test_story_query_count_does_not_grow_with_figures_or_related(
    client, story, make_story, django_assert_max_num_queries
):
    def relate(count):
        story.related_story_links = [
            RelatedStory(
                page=make_story(
                    title=f"Vecina {count}-{number}",
                    sectors=["Agroecology"],
                    hero_image=story.hero_image,
                )
            )
            for number in range(count)
        ]
        story.key_figures = [
            StoryKeyFigure(value=str(n), label=f"cifra {n}", locale=story.locale, sort_order=n)
            for n in range(count * 2)
        ]
        story.save_revision().publish()
        client.get("/es/historias/la-huerta-comun/")  # renditions are made on the first view

    relate(1)
    with django_assert_max_num_queries(15) as few:
        client.get("/es/historias/la-huerta-comun/")
    relate(3)
    with django_assert_max_num_queries(15) as many:
        client.get("/es/historias/la-huerta-comun/")

    assert len(many) == len(few)


def test_summary_is_limited_to_300_characters(story):
    story.summary = "x" * 301

    with pytest.raises(ValidationError) as error:
        story.full_clean()

    assert "summary" in error.value.message_dict
