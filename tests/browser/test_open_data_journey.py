"""A reuser reads the "Open data" page in each language, with axe-core's WCAG 2.2 AA
checks, and follows it to the catalogue and the stories file."""

import pytest
from playwright.sync_api import expect

from core.factories import translate_page
from opendata.factories import OpenDataPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def open_data_site(seeded_site, homes):
    index = StoryIndexPageFactory(parent=homes["es"])
    StoryPageFactory(parent=index, title="La Huerta Viva", slug="la-huerta-viva")
    spanish = OpenDataPageFactory(parent=homes["es"])
    translate_page(spanish, "fr", title="Données ouvertes", slug="donnees-ouvertes")
    translate_page(spanish, "en", title="Open data", slug="open-data")
    return seeded_site


def test_the_open_data_page_is_accessible_in_every_language_and_leads_to_the_data(
    page, open_data_site, assert_accessible
):
    for address, heading in [
        ("/es/datos-abiertos/", "Datos abiertos"),
        ("/fr/donnees-ouvertes/", "Données ouvertes"),
        ("/en/open-data/", "Open data"),
    ]:
        page.goto(open_data_site.url + address)
        expect(page.locator("h1")).to_have_text(heading)
        expect(page.locator("a[rel=license]")).to_have_text("CC BY-SA 4.0")
        assert_accessible(page)

    stories = page.request.get(page.locator("a[href$='stories.csv']").get_attribute("href"))
    page.locator("a[href$='catalog.jsonld']").click()
    catalogue = page.request.get(page.url)
    assert catalogue.json()["@type"] == "dcat:Catalog"
    assert "La Huerta Viva" not in stories.text()  # a Spanish story, not in the English file
    assert stories.text().startswith("id,translation_key,language,url,title")
