"""Home and About pages in each language: lang, hreflang, switcher, menu, footer."""

import pytest
from bs4 import BeautifulSoup

from core.factories import FooterFactory, locale, translate_page
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage

LANGUAGES = ["es", "fr", "en"]


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(soup):
    nav = soup.select_one("nav.language-switcher")
    return {link["hreflang"]: link for link in nav.select("a[hreflang]")}


def alternates(soup):
    return {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_its_language(client, homes, language):
    response = client.get(f"/{language}/")
    soup = parse(response)

    assert response.status_code == 200
    assert soup.html["lang"] == language
    assert soup.select_one("p.lead").text == homes[language].introduction
    assert alternates(soup) == {
        "es": "http://testserver/es/",
        "fr": "http://testserver/fr/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/es/",
    }
    others = {code: f"/{code}/" for code in LANGUAGES if code != language}
    assert {code: link["href"] for code, link in switcher_links(soup).items()} == others
    current = soup.select_one(".language-switcher [aria-current]")
    assert current["lang"] == language


@pytest.mark.parametrize(
    ("language", "path", "targets"),
    [
        ("es", "/es/sobre-soleil/", {"fr": "/fr/a-propos/", "en": "/en/about/"}),
        ("fr", "/fr/a-propos/", {"es": "/es/sobre-soleil/", "en": "/en/about/"}),
        ("en", "/en/about/", {"es": "/es/sobre-soleil/", "fr": "/fr/a-propos/"}),
    ],
)
def test_about_page_switcher_leads_to_the_same_page(client, about_pages, language, path, targets):
    response = client.get(path)
    soup = parse(response)

    assert response.status_code == 200
    assert soup.html["lang"] == language
    assert soup.h1.text == about_pages[language].title
    assert {code: link["href"] for code, link in switcher_links(soup).items()} == targets
    assert alternates(soup)["x-default"] == "http://testserver/es/sobre-soleil/"
    assert not soup.select(".language-switcher__note")


def test_untranslated_page_switcher_says_so_and_leads_home(client, homes):
    StandardPageFactory(parent=homes["es"], title="Solo en castellano", slug="solo")

    soup = parse(client.get("/es/solo/"))

    links = switcher_links(soup)
    assert links["fr"]["href"] == "/fr/"
    assert links["en"]["href"] == "/en/"
    french_note = links["fr"].select_one(".language-switcher__note").text
    english_note = links["en"].select_one(".language-switcher__note").text
    assert french_note == "Cette page n'est pas encore traduite\u00a0: aller à l'accueil"
    assert english_note == "This page is not translated yet: go to the home page"
    assert set(alternates(soup)) == {"es", "x-default"}


def test_draft_translation_is_not_offered(client, homes):
    spanish = StandardPageFactory(parent=homes["es"], title="Contacto", slug="contacto")
    translate_page(spanish, "fr", publish=False, title="Contact", slug="contact")

    soup = parse(client.get("/es/contacto/"))

    assert switcher_links(soup)["fr"]["href"] == "/fr/"
    assert "fr" not in alternates(soup)
    assert client.get("/fr/contact/").status_code == 404


def test_main_menu_lists_this_languages_pages_in_menus(client, about_pages, homes):
    StandardPageFactory(parent=homes["fr"], title="Caché", slug="cache", locale=locale("fr"))

    soup = parse(client.get("/fr/"))

    menu = [link.text for link in soup.select("nav.main-menu a")]
    assert menu == ["Accueil", "À propos de Soleil"]


def test_footer_shows_its_translation_or_the_default_language(client, homes):
    spanish = FooterFactory(about="<p>Pie en castellano</p>")
    FooterFactory(
        locale=locale("fr"), translation_key=spanish.translation_key, about="<p>Pied de page</p>"
    )

    assert "Pied de page" in client.get("/fr/").text
    assert "Pie en castellano" in client.get("/en/").text


def test_home_page_body_blocks_render(client, home_es, about_pages):
    home_es.body = [
        {"type": "heading", "value": {"text": "Otra economía", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Texto <b>firme</b>.</p>"},
        {"type": "quote", "value": {"quote": "Cita", "attribution": "Ana"}},
        {
            "type": "call_to_action",
            "value": {
                "heading": "Únete",
                "text": "",
                "link": {"label": "Leer más", "page": about_pages["es"].pk, "url": ""},
            },
        },
    ]
    home_es.save_revision().publish()

    soup = parse(client.get("/es/"))

    assert soup.select_one(".stream h2").text == "Otra economía"
    assert soup.select_one(".prose b").text == "firme"
    assert soup.select_one(".quote figcaption").text == "— Ana"
    assert soup.select_one(".cta a")["href"] == "/es/sobre-soleil/"


def test_only_one_home_page_tree_root_can_be_created(home_es):
    assert HomePage.can_create_at(home_es.get_parent()) is False
    assert StandardPage.can_create_at(home_es) is True


def test_admin_opens_the_editor_for_a_new_standard_page(admin_client, home_es):
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home_es.pk}/")

    assert response.status_code == 200
    assert b"introduction" in response.content
