"""A visitor reads the observatory in each language: its charts, tables and filter pass
axe-core's WCAG 2.2 AA checks, with every table unfolded, on a desktop and on a phone;
a row of a table leads to the listing it counts."""

import re

import pytest
from playwright.sync_api import expect

from tests.curriculum.conftest import curriculum_indexes  # noqa: F401
from tests.events.conftest import event_indexes  # noqa: F401
from tests.observatory.conftest import indexes, observatories  # noqa: F401
from tests.observatory.test_observatory_page import URLS
from tests.stories.conftest import make_story, story_indexes  # noqa: F401

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def site(seeded_site, observatories, indexes, make_story):  # noqa: F811
    for language in URLS:
        make_story(language=language, sectors=["Agroecology", "Care"], territory="ES-AN", sdgs=[2])
        make_story(language=language, sectors=["Agroecology"], form="Cooperative")
    return seeded_site


def test_the_observatory_reads_well_and_leads_to_the_listings(page, site, assert_accessible):
    for viewport in ({"width": 1280, "height": 900}, PHONE):
        page.set_viewport_size(viewport)
        for path in URLS.values():
            page.goto(site.url + path)
            page.locator("details").evaluate_all("all => all.forEach(d => { d.open = true; })")
            expect(page.locator("#chart-sectors svg")).to_be_visible()
            assert_accessible(page)

    page.goto(site.url + URLS["es"] + "?country=espana")
    page.locator("#chart-sectors summary").click()
    page.locator("#chart-sectors tbody").get_by_role("link", name="Agroecología").click()

    expect(page).to_have_url(re.compile(r"/es/historias/\?sector=agroecologia&territory=espana$"))
    expect(page.locator("main")).to_contain_text("1 historia")


def test_a_region_on_the_map_leads_to_its_stories(page, site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url + URLS["fr"])

    andalusia = page.locator("#chart-regions").get_by_role("link", name="Andalousie : 1 initiative")
    andalusia.focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/fr/recits/\?territory=andalousie$"))
    expect(page.locator("main")).to_contain_text("1 récit")
