"""A reader finds a story by sector, opens it and switches to French; the story
pages pass axe-core's WCAG 2.2 AA checks in every language."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reader_filters_stories_opens_one_and_reads_it_in_french(
    page, demo_site, assert_accessible
):
    page.goto(demo_site.url + "/es/")
    page.locator("nav.main-menu").get_by_role("link", name="Historias").click()
    expect(page).to_have_url(re.compile(r"/es/historias/$"))
    expect(page.locator(".listing-results__total")).to_have_text("10 historias")

    page.locator(".facet a", has_text="Agroecología").click()
    expect(page).to_have_url(re.compile(r"/es/historias/\?sector=agroecologia$"))
    expect(page.locator(".listing-results__total")).to_have_text("1 historia")
    expect(page.locator(".chip")).to_contain_text("Sector: Agroecología")

    page.locator(".card__title a").first.click()
    expect(page).to_have_url(re.compile(r"/es/historias/el-sequiol-huerta-y-grupo-de-consumo/$"))
    expect(page.locator("h1")).to_contain_text("El Sequiol")
    expect(page.locator(".story__byline")).to_contain_text("min de lectura")

    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/recits/[a-z0-9-]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_contain_text("El Sequiol")
    expect(page.locator(".story__byline")).to_contain_text("min de lecture")
    expect(page.locator(".facts")).to_contain_text("Agroécologie")


def test_story_index_filters_and_story_are_accessible_in_every_language(
    page, demo_site, assert_accessible
):
    for index in ["/es/historias/", "/fr/recits/", "/en/stories/"]:
        page.goto(demo_site.url + index)
        assert_accessible(page)

        page.locator(".facet a").first.click()
        expect(page.locator(".chip")).to_have_count(1)
        assert_accessible(page)

        page.locator(".card__title a").first.click()
        expect(page.locator(".story__facts")).to_be_visible()
        assert_accessible(page)
