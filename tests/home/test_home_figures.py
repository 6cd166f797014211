"""The home page's key figures: counted from the live content of the visitor's
language, worded in that language, in a number of queries that does not grow."""

import pytest
from bs4 import BeautifulSoup

from core.factories import locale
from events.factories import occurrence
from home.figures import key_figures
from sectors.models import SectorIndexPage


def figure_texts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(item.get_text(" ").split()) for item in soup.select(".key-figure")]


def sector_texts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(item.get_text(" ").split()) for item in soup.select(".sector-figure")]


@pytest.fixture
def content(make_story, make_event, event_indexes):
    make_story(sectors=["Agroecology", "Social markets"])
    make_story(sectors=["Agroecology"])
    make_story(sectors=["Agroecology", "Renewable energy"])
    make_story(sectors=["Renewable energy"])
    make_story(sectors=["Care"])
    make_story(sectors=["Agroecology"], live=False)
    make_story(language="en", sectors=["Agroecology"])
    make_event([occurrence(5)])
    make_event([occurrence(-1, all_day=True, end_day=1)])
    make_event([occurrence(-20), occurrence(12)])
    make_event([occurrence(40)])
    make_event([occurrence(-5)])
    make_event([occurrence(3)], language="en")


def test_figures_count_live_content_of_one_language(content):
    figures = key_figures(locale("es"))

    assert figures.stories == 5
    assert figures.events_soon == 3
    assert [(sector.name, sector.count) for sector in figures.sectors] == [
        ("Agroecología", 3),
        ("Energías renovables", 2),
        ("Cuidados", 1),
        ("Mercados sociales", 1),
    ]
    assert figures.story_index_url == "/es/historias/"


def test_figures_are_worded_in_the_visitors_language_with_plurals(client, content):
    english = client.get("/en/")

    assert figure_texts(english) == [
        "1 success story published",
        "1 event in the next 30 days",
    ]
    assert sector_texts(english) == ["Agroecology 1 initiative"]
    spanish_sectors = sector_texts(client.get("/es/"))
    assert spanish_sectors[0].startswith("Agroecología 3")
    soup = BeautifulSoup(client.get("/es/").content, "html.parser")
    assert soup.select_one(".sector-figure a")["href"] == "/es/historias/?sector=agroecologia"


def test_figures_say_zero_when_a_language_has_no_content_yet(client, homes):
    response = client.get("/fr/")

    assert response.status_code == 200
    assert [text.split()[0] for text in figure_texts(response)] == ["0", "0"]
    assert sector_texts(response) == []


@pytest.mark.usefixtures("page_cache_off")
def test_home_page_query_count_does_not_grow_with_content(
    client, make_story, make_event, make_module, make_campaign, image, django_assert_max_num_queries
):
    def add(count):
        for _ in range(count):
            make_story(sectors=["Agroecology", "Care"], hero_image=image)
            make_event([occurrence(4), occurrence(8)])
            make_module()
            make_campaign(hero_image=image)

    add(2)
    client.get("/es/")  # renditions are made on the first view
    with django_assert_max_num_queries(20) as few:
        client.get("/es/")

    add(12)
    client.get("/es/")
    with django_assert_max_num_queries(20) as many:
        client.get("/es/")

    assert len(many) == len(few)


def test_sector_figures_lead_to_the_sector_pages_once_there_are_some(client, content, homes):
    index = SectorIndexPage(title="Sectors", slug="sectors", locale=locale("en"))
    homes["en"].add_child(instance=index)
    index.save_revision().publish()

    soup = BeautifulSoup(client.get("/en/").content, "html.parser")

    assert soup.select_one(".sector-figure a")["href"] == "/en/sectors/agroecology/"
    assert client.get("/en/sectors/agroecology/").status_code == 200
