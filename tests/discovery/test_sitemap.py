"""/sitemap.xml lists every live public page of every language with its translations;
/robots.txt points crawlers to it and keeps them out of the admin."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.timezone import localtime
from wagtail.models import Page, PageViewRestriction

from core.factories import translate_page
from core.sitemap import MultilingualSitemap
from home.factories import StandardPageFactory
from tests.discovery.sitemap_reader import BASE, read_sitemap, section_addresses


def expected_alternates(page):
    """What the page's live public translations say, checked against the database."""
    translations = {
        p.locale.language_code: BASE + p.url
        for p in page.get_translations(inclusive=True).live().public().select_related("locale")
    }
    expected = {code: translations[code] for code in ("es", "fr", "en") if code in translations}
    expected["x-default"] = translations.get("es", BASE + page.url)
    return expected


@pytest.fixture
def site_pages(about_pages):
    """About in three languages, plus a page whose French translation is only a draft,
    a page without translations and a private one."""
    spanish = StandardPageFactory(parent=about_pages["es"].get_parent(), title="Aviso legal")
    translate_page(spanish, "en", title="Legal notice", slug="legal-notice")
    translate_page(spanish, "fr", title="Mentions légales", slug="mentions", publish=False)
    StandardPageFactory(parent=about_pages["es"].get_parent(), title="Solo en español")
    private = StandardPageFactory(parent=about_pages["es"].get_parent(), title="Interna")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return {"legal": spanish, "private": private, **about_pages}


def test_sitemap_lists_every_live_public_page_of_every_language(client, site_pages):
    entries = read_sitemap(client)

    expected = {
        BASE + page.url for page in Page.objects.live().public().filter(depth__gte=2).specific()
    }
    assert set(entries) == expected
    for home in ("/es/", "/fr/", "/en/"):
        assert BASE + home in entries
    assert BASE + "/fr/a-propos/" in entries
    assert BASE + "/en/legal-notice/" in entries
    assert BASE + "/fr/mentions/" not in entries  # a draft
    assert BASE + site_pages["private"].url not in entries


def test_every_entry_has_its_translations_as_alternates(client, site_pages):
    entries = read_sitemap(client)

    for page in Page.objects.live().public().filter(depth__gte=2):
        entry = entries[BASE + page.url]
        assert entry["alternates"] == expected_alternates(page), page.url
        published = page.last_published_at  # pages made by factories were never "published"
        assert entry["lastmod"] == (localtime(published).date().isoformat() if published else None)
    assert entries[BASE + "/fr/a-propos/"]["lastmod"] == localtime().date().isoformat()


def test_a_draft_translation_is_not_an_alternate(client, site_pages):
    entries = read_sitemap(client)

    legal = entries[BASE + site_pages["legal"].url]
    assert set(legal["alternates"]) == {"es", "en", "x-default"}
    assert legal["alternates"]["en"] == BASE + "/en/legal-notice/"


def test_alternates_match_the_page_heads_links(client, site_pages):
    entries = read_sitemap(client)
    response = client.get("/fr/a-propos/")

    head = BeautifulSoup(response.content, "html.parser").head
    head_links = {
        link["hreflang"]: link["href"] for link in head.select("link[rel=alternate][hreflang]")
    }
    assert head_links == entries[BASE + "/fr/a-propos/"]["alternates"]


def test_every_location_is_served(client, site_pages):
    for location in read_sitemap(client):
        assert client.get(location.removeprefix(BASE)).status_code == 200, location


@pytest.mark.usefixtures("page_cache_off")
def test_sitemap_queries_do_not_grow_with_pages(client, homes):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            read_sitemap(client)
        return len(queries)

    def add_pages(start, number):
        for n in range(start, start + number):
            spanish = StandardPageFactory(parent=homes["es"], title=f"Página {n}")
            translate_page(spanish, "fr", title=f"Page {n}", slug=f"page-{n}")

    add_pages(0, 3)
    read_sitemap(client)  # fills the cache of site root paths
    few = count_queries()
    add_pages(3, 27)
    read_sitemap(client)  # the first request after a change fills caches
    many = count_queries()

    assert many == few


def test_robots_txt_points_to_the_sitemap_and_keeps_the_admin_out(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_sitemap_and_robots_need_no_language_prefix(client, homes, path):
    response = client.get(path, headers={"accept-language": "fr"})

    assert response.status_code == 200


@pytest.mark.usefixtures("page_cache_off")
def test_a_large_site_is_listed_in_sections_each_page_once(client, site_pages, monkeypatch):
    whole = read_sitemap(client)
    monkeypatch.setattr(MultilingualSitemap, "limit", 3)

    sections = section_addresses(client)
    in_sections = read_sitemap(client)

    assert len(whole) > 6
    assert sections == ["/sitemap-pages.xml"] + [
        f"/sitemap-pages.xml?p={number}" for number in range(2, len(sections) + 1)
    ]
    assert len(sections) >= 3
    assert in_sections == whole
