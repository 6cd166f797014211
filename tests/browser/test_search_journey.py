"""A French visitor searches for a plural word from the header and opens a result;
search and sector pages pass axe-core's WCAG 2.2 AA checks in every language."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_french_visitor_searches_a_plural_word_and_opens_a_result(page, demo_site):
    page.goto(demo_site.url + "/fr/")
    page.locator("header form[role=search] input[name=q]").fill("coopératives")
    page.locator("header form[role=search] input[name=q]").press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/recherche/\?q=coop%C3%A9ratives$"))

    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    expect(page.locator(".search-result__summary mark").first).to_be_visible()
    title = results.first.inner_text()
    results.first.click()

    expect(page).to_have_url(re.compile(r"/fr/(?!recherche/)"))
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_search_and_sector_pages_are_accessible_in_every_language(
    page, demo_site, assert_accessible
):
    pages = {
        "es": ("/es/buscar/", "cooperativas", "/es/sectores/"),
        "fr": ("/fr/recherche/", "coopératives", "/fr/secteurs/"),
        "en": ("/en/search/", "cooperatives", "/en/sectors/"),
    }
    for search_path, word, sectors_path in pages.values():
        page.goto(demo_site.url + search_path + "?q=" + word)
        expect(page.locator(".search-result").first).to_be_visible()
        assert_accessible(page)

        page.goto(demo_site.url + search_path + "?q=zzzzqqq")
        expect(page.locator(".empty-result")).to_be_visible()
        assert_accessible(page)

        page.goto(demo_site.url + sectors_path)
        expect(page.locator(".sector-list__item").first).to_be_visible()
        assert_accessible(page)

        page.locator(".sector-list__name a").nth(1).click()
        expect(page.locator(".sector-section").first).to_be_visible()
        assert_accessible(page)
