"""A visitor in French follows the current campaign from the home page and opens one
of its stories; campaign pages and the home page pass axe-core's WCAG 2.2 AA checks."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_follows_the_current_campaign_to_one_of_its_stories(page, demo_site):
    page.goto(demo_site.url + "/fr/")
    campaign_link = page.locator("#home-campaign-heading a")
    expect(campaign_link).to_have_text("Semaine de la consommation responsable")

    campaign_link.click()
    expect(page).to_have_url(re.compile(r"/fr/campagnes/semaine-consommation-responsable/$"))
    expect(page.locator("h1")).to_have_text("Semaine de la consommation responsable")
    expect(page.locator("main .campaign-state")).to_have_class(re.compile("running"))

    stories = page.locator("section", has=page.locator("#campaign-stories"))
    story_link = stories.locator(".card__title a", has_text="Aurrezki Sarea")
    story_link.click()
    expect(page).to_have_url(re.compile(r"/fr/recits/"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_contain_text("Aurrezki Sarea")


def test_campaign_and_home_pages_are_accessible_in_every_language(
    page, demo_site, assert_accessible
):
    for home, index in [
        ("/es/", "/es/campanas/"),
        ("/fr/", "/fr/campagnes/"),
        ("/en/", "/en/campaigns/"),
    ]:
        page.goto(demo_site.url + home)
        expect(page.locator(".key-figures")).to_be_visible()
        assert_accessible(page)

        page.goto(demo_site.url + index)
        expect(page.locator(".card--campaign")).to_have_count(2)
        assert_accessible(page)

        page.locator(".card--campaign .card__title a").first.click()
        expect(page.locator("#campaign-stories")).to_be_visible()
        assert_accessible(page)
