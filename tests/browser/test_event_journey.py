"""A visitor in Spanish finds the social markets of a region, opens one and saves
it to their calendar; event pages pass axe-core's WCAG 2.2 AA checks."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_filters_social_markets_in_a_region_and_downloads_the_ics(page, demo_site):
    page.goto(demo_site.url + "/es/")
    page.locator("nav.main-menu").get_by_role("link", name="Eventos").click()
    expect(page).to_have_url(re.compile(r"/es/eventos/$"))

    page.locator(".facet a", has_text="Mercado social").click()
    page.locator(".facet a", has_text="Andalucía").click()
    expect(page.locator(".chip")).to_have_count(2)
    expect(page.locator(".card")).to_have_count(1)
    expect(page.locator(".card__more")).to_have_text("+2 fechas más")

    page.locator(".card__title a").first.click()
    expect(page.locator(".occurrence")).to_have_count(3)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Añadir a mi calendario (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(download.path().read_bytes())
    assert len(calendar.walk("VEVENT")) == 3
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Madrid"


def test_event_pages_are_accessible_in_every_language(page, demo_site, assert_accessible):
    for index in ["/es/eventos/", "/fr/evenements/", "/en/events/"]:
        page.goto(demo_site.url + index)
        assert_accessible(page)

        page.locator(".card__title a").first.click()
        expect(page.locator(".occurrences")).to_be_visible()
        assert_accessible(page)

        page.goto(demo_site.url + index + "archive/")
        expect(page.locator(".card").first).to_be_visible()
        assert_accessible(page)
