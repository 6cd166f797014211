"""A visitor arrives at `/`, follows the language switcher through all three
languages, and every page they see passes axe-core's WCAG 2.2 AA checks."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_switches_language_and_stays_on_the_same_page(page, demo_site, assert_accessible):
    page.goto(demo_site.url + "/")

    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator(".lead")).to_contain_text("Otra economía ya está en marcha")
    assert_accessible(page)

    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator(".lead")).to_contain_text("Une autre économie est déjà à l'œuvre")
    assert_accessible(page)

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator(".lead")).to_contain_text("Another economy is already at work")
    assert_accessible(page)

    page.locator("nav.main-menu").get_by_role("link", name="About Soleil").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.locator("h1")).to_have_text("About Soleil")
    assert_accessible(page)

    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))
    expect(page.locator("h1")).to_have_text("À propos de Soleil")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert_accessible(page)

    page.get_by_role("link", name="Español").click()
    expect(page).to_have_url(re.compile(r"/es/sobre-soleil/$"))
    expect(page.locator("h1")).to_have_text("Sobre Soleil")
    assert_accessible(page)


def test_skip_link_moves_keyboard_focus_to_the_content(page, demo_site):
    page.goto(demo_site.url + "/fr/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller au contenu principal")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"#main$"))


def test_pages_load_nothing_from_other_sites_and_break_no_policy(page, demo_site):
    requested, console_errors, header_warnings = [], [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and console_errors.append(message))
    page.on(
        "console",
        lambda message: "Permissions-Policy" in message.text and header_warnings.append(message),
    )

    for path in ["/es/", "/fr/a-propos/", "/en/about/"]:
        page.goto(demo_site.url + path)

    assert requested
    assert all(url.startswith(demo_site.url) for url in requested)
    assert [message.text for message in console_errors] == []
    assert [message.text for message in header_warnings] == []  # every feature one it knows
