"""A Spanish and a French administrator see no English on the screens their browser
draws: the menu, the page editor's blocks and autosave, the translation editor, the
snippet chooser and the image uploader's errors. (The HTML the server sends for the
main screens is checked in tests/core/test_admin_language.py.)"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from core.models import Territory
from stories.models import StoryPage
from tests.core.test_upload_errors import png_claiming
from tests.core.untranslated import find_english

pytestmark = pytest.mark.browser

# The text a person sees, and the names and hints they hear or hover: visible elements only.
SHOWN_TEXTS = """() => {
  const shown = (element) => element.checkVisibility({ visibilityProperty: true });
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest("script, style") && shown(parent)) texts.push(node.textContent);
  }
  for (const element of document.body.querySelectorAll("*")) {
    if (element.closest("script, style") || !shown(element)) continue;
    const whole = (element.innerText || "").trim();
    if (whole.length <= 200) texts.push(whole);
    for (const name of ["placeholder", "title", "aria-label", "alt"]) {
      if (element.getAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts;
}"""


def log_in(page, live_server, django_user_model, language):
    user = django_user_model.objects.create_superuser(f"admin-{language}", password="clave")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "clave")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def english_on(page, language):
    page.wait_for_load_state("networkidle")
    return find_english(page.evaluate(SHOWN_TEXTS), language)


@pytest.mark.parametrize(
    ("language", "heading", "publish"),
    [
        ("es", "Traducción del español al francés", "Publicar en francés"),
        ("fr", "Traduction\u00a0: espagnol → français", "Publier en français"),
    ],
)
def test_screens_drawn_in_the_browser_have_no_english_left(
    page, demo_site, django_user_model, language, heading, publish
):
    log_in(page, demo_site, django_user_model, language)
    left_in_english = {}

    def look(screen):
        found = english_on(page, language)
        if found:
            left_in_english[screen] = found

    page.get_by_role("button", name=re.compile("Informes|Rapports")).click()
    look("dashboard, with the reports menu open")

    story = StoryPage.objects.filter(locale__language_code="es").first()
    page.goto(f"{demo_site.url}/admin/pages/{story.pk}/edit/")
    expect(page.locator("[data-w-autosave-target]").first).to_be_attached()
    look("story editor")

    translation = Translation.objects.filter(target_locale__language_code="fr").first()
    french = Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )
    page.goto(f"{demo_site.url}/admin/pages/{french.pk}/edit/")
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.locator("footer").get_by_text(publish, exact=True)).to_be_visible()
    look("translation editor")

    country = Territory.objects.filter(locale__language_code=language, kind="country").first()
    page.goto(f"{demo_site.url}/admin/snippets/core/territory/edit/{country.pk}/")
    page.locator("[data-chooser-action-choose]:visible").first.click()
    expect(page.locator(".modal-content table")).to_be_visible()
    look("territory chooser")

    page.goto(f"{demo_site.url}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(
        files=[
            {
                "name": "panorama.png",
                "mimeType": "image/png",
                "buffer": png_claiming(20_000, 10_000).read(),
            }
        ]
    )
    refused = page.locator(".upload-list .upload-failure")
    # The upload goes to the server and back: on a machine busy with other work (the
    # PostgreSQL pass beside this one) that can take longer than Playwright's 5 s.
    expect(refused.locator(".error_messages")).to_contain_text(
        re.compile(r"200\s000\s000"), timeout=30_000
    )
    expect(refused.locator(".error-message")).to_be_hidden()  # no reminder to describe it
    look("image upload refused")

    assert left_in_english == {}
