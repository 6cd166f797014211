"""The observatory's region map: one linked, shaded shape per region of the
Territory vocabulary, which a screen reader announces with its count, and which
the public pages' CSP lets through (no script, no style attribute)."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from core.migrations import _vocabulary_terms as vocabulary_terms
from core.models import Territory
from observatory.map import MapRegion, region_map
from tests.browser.conftest import WCAG_TAGS, axe, browser_type_launch_args  # noqa: F401 (fixtures)

# The seeded vocabulary is read once for the module; marking the tests also tells
# pytest-django to set the test database up when this file runs alone.
pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[2] / "observatory" / "data"

# A story count per region, as the observatory would pass them: Catalonia has
# the most; regions left out have none.
COUNTS = {"ES-CT": 12, "ES-AN": 3, "ES-MD": 6, "ES-NC": 9, "FR-BRE": 1, "FR-974": 10}


@pytest.fixture(scope="module")
def seeded_regions(django_db_setup, django_db_blocker):
    """The seeded regions of Spain and France, per language: (code, name, slug)."""
    with django_db_blocker.unblock():
        return {
            language: list(
                Territory.objects.filter(
                    kind="region", locale__language_code=language, parent__code__in=["ES", "FR"]
                ).values_list("code", "name", "slug")
            )
            for language in ("es", "fr", "en")
        }


STORY_LISTINGS = {"es": "historias", "fr": "recits", "en": "stories"}


def listing_url(language, slug):
    return f"/{language}/{STORY_LISTINGS[language]}/?territory={slug}"


def regions_for(seeded_regions, language):
    return [
        MapRegion(code, name, COUNTS.get(code, 0), listing_url(language, slug))
        for code, name, slug in seeded_regions[language]
    ]


def render(regions, language="es"):
    with translation.override(language):
        html = render_to_string("observatory/region_map.html", {"map": region_map(regions)})
    return html, BeautifulSoup(html, "html.parser")


def links(soup):
    return {a["href"]: a for a in soup.select("svg a.region-map__region")}


def test_one_shape_per_region_of_the_vocabulary(seeded_regions):
    html, soup = render(regions_for(seeded_regions, "es"))

    assert len(seeded_regions["es"]) == 37
    shipped = json.loads((DATA / "region_shapes.json").read_text())["countries"]
    assert {code for code, _, _ in seeded_regions["es"]} == {
        code for country in shipped.values() for code in country["regions"]
    }
    shapes = soup.select("svg path.region-map__shape")
    assert len(shapes) == 37
    assert len(links(soup)) == 37
    countries = soup.select("svg[role=group]")
    assert [svg.title.get_text() for svg in countries] == [
        "España: iniciativas por región",
        "Francia: iniciativas por región",
    ]
    assert [len(svg.select("path.region-map__shape")) for svg in countries] == [19, 18]


def test_each_region_links_to_the_listing_it_was_given(seeded_regions):
    _, soup = render(regions_for(seeded_regions, "fr"), "fr")

    shown = links(soup)
    expected = {listing_url("fr", slug) for _, _, slug in seeded_regions["fr"]}
    assert set(shown) == expected
    assert shown["/fr/recits/?territory=bretagne"]["aria-label"] == "Bretagne : 1 initiative"


@pytest.mark.parametrize(
    ("language", "catalonia", "brittany", "aragon"),
    [
        ("es", "Cataluña: 12 iniciativas", "Bretaña: 1 iniciativa", "Aragón: 0 iniciativas"),
        ("fr", "Catalogne : 12 initiatives", "Bretagne : 1 initiative", "Aragon : 0 initiative"),
        ("en", "Catalonia: 12 initiatives", "Brittany: 1 initiative", "Aragon: 0 initiatives"),
    ],
)
def test_accessible_names_carry_the_counts(seeded_regions, language, catalonia, brittany, aragon):
    _, soup = render(regions_for(seeded_regions, language), language)

    names = {a["aria-label"] for a in links(soup).values()}
    assert {catalonia, brittany, aragon} <= names
    titles = {a.title.get_text() for a in links(soup).values()}
    assert catalonia in titles


def shade_of(soup, aria_label_start):
    (link,) = [
        a for a in links(soup).values() if a["aria-label"].startswith(aria_label_start + ":")
    ]
    (shade,) = [c for c in link.path["class"] if c.startswith("map-shade-")]
    return int(shade.removeprefix("map-shade-"))


def test_shades_follow_the_counts_and_the_legend_gives_the_numbers(seeded_regions):
    _, soup = render(regions_for(seeded_regions, "en"), "en")

    assert shade_of(soup, "Aragon") == 0
    assert shade_of(soup, "Catalonia") == 4  # 12, the most
    assert shade_of(soup, "Réunion") == 4  # 10
    assert shade_of(soup, "Andalusia") == 1  # 3
    assert shade_of(soup, "Community of Madrid") == 2  # 6
    assert shade_of(soup, "Navarre") == 3  # 9
    legend = [li.get_text(" ", strip=True) for li in soup.select(".region-map__legend-item")]
    assert legend == ["0", "1–3", "4–6", "7–9", "10–12"]
    assert soup.select_one(".region-map__legend-title").get_text() == "Number of initiatives"


def test_a_map_with_no_initiative_is_all_unshaded(seeded_regions):
    regions = [
        {"code": code, "name": name, "count": 0, "url": listing_url("es", slug)}
        for code, name, slug in seeded_regions["es"]
    ]
    _, soup = render(regions)

    assert {c for p in soup.select("svg path") for c in p["class"]} == {
        "region-map__shape",
        "map-shade-0",
    }
    assert [li.get_text(strip=True) for li in soup.select(".region-map__legend-item")] == ["0"]


def test_a_region_not_given_is_drawn_without_a_link():
    _, soup = render([{"code": "ES-CT", "name": "Cataluña", "count": 2, "url": "/es/x/"}])

    assert list(links(soup)) == ["/es/x/"]
    assert len(soup.select("svg path.region-map__shape")) == 37
    unlinked = soup.select("svg g.region-map__region--inert")
    assert len(unlinked) == 36
    assert unlinked[0]["aria-label"].endswith(": 0 iniciativas")


def test_far_away_regions_are_labelled_insets(seeded_regions):
    _, soup = render(regions_for(seeded_regions, "fr"), "fr")

    insets = {text.get_text() for text in soup.select("svg .region-map__inset-name")}
    assert insets == {
        "Canaries",
        "Ceuta",
        "Melilla",
        "Guadeloupe",
        "Martinique",
        "Guyane",
        "La Réunion",
        "Mayotte",
    }


def test_the_map_has_no_script_and_no_style_attribute(seeded_regions):
    html, soup = render(regions_for(seeded_regions, "es"))

    assert "<script" not in html.lower()
    assert "style=" not in html.lower()
    assert not soup.find_all(style=True)
    assert not re.search(r"\son[a-z]+=", html)  # no event handler either


def absolute_points(path):
    """Every vertex of a path made of relative m, l and z commands."""
    x = y = start_x = start_y = 0
    command, numbers = None, []
    for token in re.findall(r"[mlz]|-?\d+", path):
        if token in "mlz":
            command = token
            if token == "z":
                x, y = start_x, start_y
            continue
        numbers.append(int(token))
        if len(numbers) == 2:
            x, y = x + numbers[0], y + numbers[1]
            numbers = []
            if command == "m":
                start_x, start_y, command = x, y, "l"
            yield x, y


def test_every_shape_lies_inside_its_map(seeded_regions):
    _, soup = render(regions_for(seeded_regions, "es"))

    for svg in soup.select("svg[role=group]"):
        left, top, width, height = (int(n) for n in svg["viewbox"].split())
        for shape in svg.select("path.region-map__shape"):
            points = list(absolute_points(shape["d"]))
            assert len(points) >= 3
            assert all(
                left <= px <= left + width and top <= py <= top + height for px, py in points
            )


def test_the_shapes_file_is_small():
    assert (DATA / "region_shapes.json").stat().st_size < 150_000


def test_the_licence_file_names_the_sources_and_their_licence():
    licence = (DATA / "LICENSE.md").read_text(encoding="utf-8")

    assert "pygal_maps_es" in licence
    assert "pygal_maps_fr" in licence
    assert "LGPL v3 or later" in licence
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (DATA / "COPYING.LESSER").read_text()


STATIC = Path(__file__).resolve().parents[2] / "static"
SITE = "http://soleil.test"


def seed_regions_in_spanish():
    """The regions as the vocabulary's data migration seeds them, read from its data:
    the browser lane empties the tables after each test, so this page is built
    without the database."""
    return [
        MapRegion(code, name, COUNTS.get(code, 0), listing_url("es", slugify(name)))
        for country in ("ES", "FR")
        for code, name, *_ in vocabulary_terms.REGIONS[country]
    ]


@pytest.fixture
def map_in_browser(page):
    """The Spanish map on a page served with the site's stylesheet and a public CSP
    as strict as Soleil's (no inline style, no inline script); any other address
    gets a blank page named after its URL."""
    html, _ = render(seed_regions_in_spanish())
    document = (
        '<!doctype html><html lang="es"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Observatorio</title>"
        '<link rel="stylesheet" href="/static/css/soleil.css"></head>'
        f'<body><main class="wrap"><h1>Observatorio</h1>{html}</main></body></html>'
    )
    policy = "default-src 'none'; style-src 'self'; img-src 'self'"
    refused = []
    page.on("console", lambda message: refused.append(message.text))

    def serve(route):
        path = route.request.url.removeprefix(SITE).split("?")[0]
        if path == "/static/css/soleil.css":
            route.fulfill(path=STATIC / "css" / "soleil.css", content_type="text/css")
        elif path == "/observatorio/":
            route.fulfill(
                body=document, content_type="text/html", headers={"Content-Security-Policy": policy}
            )
        else:
            route.fulfill(body=f"<title>{route.request.url}</title>", content_type="text/html")

    page.route(f"{SITE}/**", serve)
    page.goto(f"{SITE}/observatorio/")
    return page, refused


@pytest.mark.browser
def test_a_keyboard_user_sees_each_region_and_follows_it_to_its_listing(map_in_browser):
    page, refused = map_in_browser
    page.set_viewport_size({"width": 1280, "height": 900})

    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    label = focused.get_attribute("aria-label")
    assert re.fullmatch(r".+: \d+ iniciativas?", label)
    outline = focused.locator("path").evaluate("p => parseFloat(getComputedStyle(p).strokeWidth)")
    assert outline >= 3  # the resting outline is 1 px

    page.get_by_role("link", name="Cataluña: 12 iniciativas").click()
    assert page.url == f"{SITE}/es/historias/?territory=cataluna"
    assert not [text for text in refused if "Content Security Policy" in text]


@pytest.mark.browser
def test_the_maps_sit_side_by_side_on_a_desktop_and_stacked_on_a_phone(map_in_browser):
    page, _ = map_in_browser
    spain, france = page.locator("svg[role=group]").all()

    page.set_viewport_size({"width": 1280, "height": 900})
    assert spain.bounding_box()["y"] == france.bounding_box()["y"]
    page.set_viewport_size({"width": 390, "height": 844})
    spain_box, france_box = spain.bounding_box(), france.bounding_box()
    assert france_box["y"] >= spain_box["y"] + spain_box["height"]
    assert spain_box["width"] <= 390


@pytest.mark.browser
def test_axe_core_finds_no_violation_in_the_map(map_in_browser, axe):  # noqa: F811
    page, _ = map_in_browser

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
