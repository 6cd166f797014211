"""Sector pages: a sector's stories, modules and events together, in the visitor's language."""

import pytest
from bs4 import BeautifulSoup

from core.factories import translate_page
from curriculum.factories import activity
from events.factories import occurrence
from events.models import EventParticipant
from tests.discovery.sitemap_reader import read_sitemap


def card_titles(response, section):
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find(id=f"{section}-heading")
    if heading is None:
        return []
    return [link.text for link in heading.parent.select(".card__title a")]


def case_study(story):
    return {"type": "case_study", "value": {"story": story.pk, "intro": ""}}


def with_participants(event, stories):
    event.participants = [EventParticipant(page=story) for story in stories]
    event.save_revision().publish()
    return event


@pytest.fixture
def energy(sector_indexes, make_story, make_module, make_event):
    """A renewable-energy story with a module and events that involve it, and others that do not."""
    solar = make_story(title="Sol de Aragón", sectors=["Renewable energy"])
    garden = make_story(title="Huerta", sectors=["Agroecology"])
    make_module(title="Energía en el aula", body=[activity(), case_study(solar)])
    make_module(title="Huertos escolares", body=[activity(), case_study(garden)])
    make_module(title="Sin caso", body=[activity()])
    with_parts = [
        (make_event([occurrence(40)], title="Feria solar próxima"), [solar]),
        (make_event([occurrence(5)], title="Feria solar pronto"), [solar, garden]),
        (make_event([occurrence(-30)], title="Feria solar pasada"), [solar]),
        (make_event([occurrence(3)], title="Mercado de la huerta"), [garden]),
    ]
    for event, stories in with_parts:
        with_participants(event, stories)
    return solar


def test_sector_page_lists_its_stories_modules_and_events(client, energy):
    response = client.get("/es/sectores/energias-renovables/")

    assert response.status_code == 200
    assert card_titles(response, "stories") == ["Sol de Aragón"]
    assert card_titles(response, "modules") == ["Energía en el aula"]
    assert card_titles(response, "upcoming") == ["Feria solar pronto", "Feria solar próxima"]
    assert card_titles(response, "past") == ["Feria solar pasada"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.text == "Energías renovables"


def test_sector_page_shows_the_visitor_language(client, energy, sector_indexes):
    translate_page(energy, "fr", title="Soleil d'Aragon", slug="soleil-aragon")

    response = client.get("/fr/secteurs/energies-renouvelables/")

    assert card_titles(response, "stories") == ["Soleil d'Aragon"]
    assert card_titles(response, "modules") == []  # the module is not translated yet
    assert BeautifulSoup(response.content, "html.parser").h1.text == "Énergies renouvelables"


def test_unknown_or_other_language_slug_is_not_found(client, sector_indexes):
    assert client.get("/es/sectores/no-existe/").status_code == 404
    assert client.get("/es/sectores/renewable-energy/").status_code == 404
    assert client.get("/en/sectors/renewable-energy/").status_code == 200


def test_language_links_lead_to_the_same_sector(client, sector_indexes):
    response = client.get("/es/sectores/energias-renovables/")
    soup = BeautifulSoup(response.content, "html.parser")

    switcher = {link["hreflang"]: link["href"] for link in soup.select(".language-switcher a")}
    assert switcher["fr"] == "/fr/secteurs/energies-renouvelables/"
    assert switcher["en"] == "/en/sectors/renewable-energy/"
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")
    }
    assert alternates["fr"].endswith("/fr/secteurs/energies-renouvelables/")
    assert alternates["es"].endswith("/es/sectores/energias-renovables/")


def test_index_lists_sectors_with_counts(client, energy):
    soup = BeautifulSoup(client.get("/es/sectores/").content, "html.parser")

    items = {
        item.select_one(".sector-list__name a").text: item.select_one(
            ".sector-list__counts"
        ).get_text(" ", strip=True)
        for item in soup.select(".sector-list__item")
    }
    assert len(items) == 14
    assert items["Energías renovables"].split()[::2] == ["1", "1", "3"]
    assert items["Agroecología"].split()[::2] == ["1", "1", "2"]
    assert items["Cuidados"].split()[::2] == ["0", "0", "0"]
    link = soup.find("a", string="Energías renovables")["href"]
    assert link == "/es/sectores/energias-renovables/"


@pytest.mark.usefixtures("page_cache_off")
def test_sector_page_query_count_does_not_grow_with_items(
    client, sector_indexes, make_story, make_module, make_event, django_assert_max_num_queries
):
    def create(first, last):
        for number in range(first, last):
            story = make_story(title=f"Sol {number}", sectors=["Renewable energy"])
            make_module(title=f"Módulo {number}", body=[activity(), case_study(story)])
            with_participants(
                make_event([occurrence(10 + number)], title=f"Feria {number}"), [story]
            )

    create(0, 2)
    client.get("/es/sectores/energias-renovables/")
    client.get("/es/sectores/")
    with django_assert_max_num_queries(20) as few:
        client.get("/es/sectores/energias-renovables/")
    with django_assert_max_num_queries(20) as index_few:
        client.get("/es/sectores/")

    create(2, 12)
    client.get("/es/sectores/energias-renovables/")  # the first request after a change
    client.get("/es/sectores/")  # fills caches
    with django_assert_max_num_queries(20) as many:
        client.get("/es/sectores/energias-renovables/")
    with django_assert_max_num_queries(20) as index_many:
        client.get("/es/sectores/")

    assert len(many) == len(few)
    assert len(index_many) == len(index_few)


def test_the_sitemap_lists_every_sector_page_with_its_translations(client, sector_indexes):
    entries = read_sitemap(client)
    sector_urls = [loc for loc in entries if "/fr/secteurs/" in loc]

    assert len(sector_urls) == 15  # the index and its 14 sectors
    alternates = entries["http://testserver/fr/secteurs/energies-renouvelables/"]["alternates"]
    assert alternates == {
        "es": "http://testserver/es/sectores/energias-renovables/",
        "fr": "http://testserver/fr/secteurs/energies-renouvelables/",
        "en": "http://testserver/en/sectors/renewable-energy/",
        "x-default": "http://testserver/es/sectores/energias-renovables/",
    }
