"""Stories, modules and events are listed on one page layout: a header, the filters, a
results region whose number screen readers announce as it changes, pages and an empty
state — the same in every listing."""

import pytest
from bs4 import BeautifulSoup

from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from events.factories import EventIndexPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

INDEXES = {
    "stories": StoryIndexPageFactory,
    "modules": CurriculumIndexPageFactory,
    "events": EventIndexPageFactory,
}


@pytest.fixture
def listings(homes):
    return {name: factory(parent=homes["es"]) for name, factory in INDEXES.items()}


def parse(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("name", INDEXES)
def test_the_number_of_results_is_announced_as_filters_change_it(client, listings, name):
    soup = parse(client, listings[name])

    results = soup.select_one("main section.listing-results")
    heading = results.select_one("h2")
    assert results["aria-labelledby"] == heading["id"]
    assert heading["aria-live"] == "polite"
    assert heading.get_text(strip=True).startswith("0 ")


@pytest.mark.parametrize("name", INDEXES)
def test_every_listing_has_the_same_layout(client, listings, name):
    soup = parse(client, listings[name])

    page = soup.select_one("main .listing-page")
    assert page.select_one("header.listing-page__header h1").get_text(strip=True)
    assert page.select_one(".listing-layout > aside.filters details summary")
    assert page.select_one(".listing-layout > section.listing-results .empty-result p").get_text(
        strip=True
    )


def test_cards_come_from_the_app_that_lists_them(client, listings):
    StoryPageFactory(parent=listings["stories"], title="La huerta común")
    ModulePageFactory(parent=listings["modules"], title="Qué es la ESS")

    stories = parse(client, listings["stories"])
    modules = parse(client, listings["modules"])

    assert [a.get_text() for a in stories.select(".cards .card__title a")] == ["La huerta común"]
    assert [a.get_text() for a in modules.select(".cards .card__title a")] == ["Qué es la ESS"]
