"""On a phone (390 × 844 px) the first result of each listing is on the first screen:
the main menu and the filters fold behind one button each, which opens from the
keyboard and tells how many filters are active; every link and button is a target
of at least 24 × 24 px. On a wide screen nothing is folded."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import WCAG_TAGS

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

LISTINGS = [
    # (listing, what its filters button says, its feed links)
    ("/es/historias/?sector=agroecologia", "Filtros (1 activo)", ["RSS", "Atom"]),
    ("/fr/modules/", "Filtres", []),
    (
        "/fr/evenements/?territory=france&attendance=in-person",
        "Filtres (2 actifs)",
        ["agenda (.ics)"],
    ),
]

SMALL_TARGETS = """() => [...document.querySelectorAll("a, button, summary, input, select")]
    .filter(element => element.checkVisibility())
    .map(element => [element, element.getBoundingClientRect()])
    .filter(([, box]) => box.width < 24 || box.height < 24)
    .map(([element, box]) =>
        `${element.textContent.trim()} (${Math.round(box.width)}×${Math.round(box.height)})`)"""


def assert_accessible_with_target_size(axe, page):
    """axe-core's WCAG 2.2 AA checks, with the target size rule it leaves off by default."""
    results = axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "rules": {"target-size": {"enabled": True}},
        },
    )
    assert results.violations_count == 0, results.generate_report()
    checked = {rule["id"] for rule in results.response["passes"]}
    assert "target-size" in checked


def screen_reader_view(page):
    """(role, name, expanded) of every node Chromium gives screen readers."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()

    def expanded(node):
        states = {
            state["name"]: state["value"].get("value") for state in node.get("properties", [])
        }
        return states.get("expanded")

    return {
        (node.get("role", {}).get("value"), node.get("name", {}).get("value"), expanded(node))
        for node in nodes
        if not node.get("ignored")
    }


def tab_to(page, locator, limit=40):
    """Press Tab until `locator` has the keyboard focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} never got the focus")


def test_on_a_phone_the_first_result_is_on_the_first_screen(page, demo_site, axe):
    page.set_viewport_size(PHONE)
    for path, filters_button, feeds in LISTINGS:
        page.goto(demo_site.url + path)

        first_result = page.locator(".card").first
        expect(first_result).to_be_in_viewport()
        assert first_result.bounding_box()["y"] < PHONE["height"], path
        expect(page.locator(".main-menu__list a").first).to_be_hidden()
        expect(page.locator(".facet a").first).to_be_hidden()
        expect(page.locator(".filters summary")).to_have_text(filters_button)
        expect(page.locator(".main-menu summary")).to_have_text(re.compile(r"^Men[uú]$"))

        for name in feeds:
            box = page.locator(".feeds").get_by_role("link", name=name).bounding_box()
            assert box["width"] >= 24 and box["height"] >= 24, (path, name, box)
        assert page.evaluate(SMALL_TARGETS) == [], path
        assert_accessible_with_target_size(axe, page)


def test_a_keyboard_opens_the_menu_and_the_filters_on_a_phone(page, demo_site, axe):
    page.set_viewport_size(PHONE)
    page.goto(demo_site.url + "/es/historias/?sector=agroecologia")

    heard = screen_reader_view(page)
    assert ("navigation", "Menú principal", None) in heard
    assert ("DisclosureTriangle", "Menú", False) in heard
    assert ("complementary", "Filtrar", None) in heard
    assert ("DisclosureTriangle", "Filtros (1 activo)", False) in heard

    menu = page.get_by_role("navigation", name="Menú principal")
    menu_button = menu.locator("summary")
    tab_to(page, menu_button)
    expect(menu.locator("details")).to_have_js_property("open", False)
    page.keyboard.press("Enter")
    expect(menu.locator("details")).to_have_js_property("open", True)
    expect(menu.get_by_role("link", name="Eventos")).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link", name="Inicio")).to_be_focused()
    assert_accessible_with_target_size(axe, page)

    filters = page.get_by_role("complementary", name="Filtrar")
    filters_button = filters.locator("summary")
    tab_to(page, filters_button)
    page.keyboard.press("Enter")
    expect(filters.locator("details")).to_have_js_property("open", True)
    page.keyboard.press("Tab")
    expect(filters.locator(".facet a").first).to_be_focused()
    assert ("DisclosureTriangle", "Filtros (1 activo)", True) in screen_reader_view(page)
    expect(filters.locator(".facet a", has_text="Agroecología")).to_have_attribute(
        "aria-current", "true"
    )
    assert page.evaluate(SMALL_TARGETS) == []
    assert_accessible_with_target_size(axe, page)

    filters.locator(".facet a", has_text="Comercio justo").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"sector=agroecologia&sector=comercio-justo$"))
    expect(page.locator(".filters summary")).to_have_text("Filtros (2 activos)")
    expect(page.locator(".filters details")).to_have_js_property("open", False)


def test_on_a_wide_screen_the_menu_and_the_filters_are_open_without_a_click(page, demo_site):
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site.url + "/es/historias/")

    expect(page.locator("summary")).to_have_count(2)
    for button in page.locator("summary").all():
        expect(button).to_be_hidden()
    menu = page.get_by_role("navigation", name="Menú principal")
    expect(menu.get_by_role("link", name="Historias")).to_be_visible()
    expect(menu.get_by_role("link", name="Historias")).to_be_in_viewport()
    filters = page.get_by_role("complementary", name="Filtrar")
    expect(filters.get_by_role("heading", name="Filtrar")).to_be_visible()
    expect(filters.locator(".facet a", has_text="Agroecología")).to_be_in_viewport()
    heard = screen_reader_view(page)
    assert not any(role == "DisclosureTriangle" for role, _, _ in heard)
    assert any(role == "link" and name.startswith("Agroecología (") for role, name, _ in heard)
    assert ("link", "Eventos", None) in heard

    tab_to(page, menu.get_by_role("link", name="Inicio"))
    tab_to(page, filters.locator(".facet a").first)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/historias/\?sector=[a-z-]+$"))
    expect(page.locator(".facet a.is-selected")).to_be_visible()
