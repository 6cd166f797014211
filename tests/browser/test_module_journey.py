"""A French teacher filters modules to secondary school, opens one and downloads
its pack; module pages pass axe-core's WCAG 2.2 AA checks in every language."""

import re
import zipfile

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_teacher_finds_a_secondary_module_and_downloads_its_pack(page, demo_site, tmp_path):
    page.goto(demo_site.url + "/fr/")
    page.locator("nav.main-menu").get_by_role("link", name="Modules pédagogiques").click()
    expect(page).to_have_url(re.compile(r"/fr/modules/$"))

    page.locator(".facet a", has_text="Collège et lycée").click()
    expect(page).to_have_url(re.compile(r"\?level=college-et-lycee$"))
    expect(page.locator(".listing-results__total")).to_have_text("2 modules")

    page.locator(".card__title a").first.click()
    expect(page.locator(".eyebrow")).to_contain_text("Collège et lycée")
    expect(page.locator(".objectives li").first).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger le module (ZIP)").click()
    download = download_info.value
    assert re.fullmatch(r"soleil-[a-z0-9-]+\.zip", download.suggested_filename)
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.stat().st_size > 10_000
    names = zipfile.ZipFile(saved).namelist()
    assert names[0].endswith(".pdf") and names[1].startswith("01 Fiche")


def test_module_index_and_module_are_accessible_in_every_language(
    page, demo_site, assert_accessible
):
    for index in ["/es/modulos/", "/fr/modules/", "/en/modules/"]:
        page.goto(demo_site.url + index)
        assert_accessible(page)

        page.locator(".card__title a").first.click()
        expect(page.locator(".objectives")).to_be_visible()
        assert_accessible(page)
