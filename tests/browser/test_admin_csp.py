"""The admin works under its own Content-Security-Policy: an editor logs in, edits a
story, previews it, chooses an image, uploads one and opens the translation editor in
Chromium, which enforces the policy (the browser context does not bypass it), and not a
single violation is reported — nor any request to another host."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "a policy for the admin"

# Every violation the browser sees, in any frame (the preview's too), is written to the
# console, where the test collects it with the browser's own CSP messages.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
    + ` in ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`);
});
"""


@pytest.fixture
def story(seeded_site):
    """A Spanish story without a hero image yet, an image to choose, and the story
    submitted for translation into French."""
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Page

    from core.factories import translate_page
    from stories.factories import StoryIndexPageFactory, StoryPageFactory
    from tests.translation.localize import save_target, start_translation

    home = Page.objects.get(depth=2, locale__language_code="es")
    index = StoryIndexPageFactory(parent=home)
    translate_page(home.specific, "fr", slug="accueil")
    translate_page(index, "fr", title="Récits", slug="recits")
    get_image_model().objects.create(
        title="Huerta comunitaria", file=get_test_image_file(size=(800, 500))
    )
    spanish = StoryPageFactory(parent=index, title="Energía del barrio")
    spanish.save_revision().publish()
    translation = start_translation(spanish, "fr")
    save_target(translation, publish=False)
    french = translation.get_target_instance()
    get_user_model().objects.create_superuser("editora", "editora@example.org", PASSWORD)
    return spanish, french


def test_the_admin_runs_under_its_policy_without_a_single_violation(page, seeded_site, story):
    spanish, french = story
    own_host = urlsplit(seeded_site.url).netloc
    violations, other_hosts, unprotected = [], [], []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text or "CSP violation" in message.text
            else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            other_hosts.append(request.url)
            if urlsplit(request.url).scheme in ("http", "https")
            and urlsplit(request.url).netloc != own_host
            else None
        ),
    )

    def check_policy(response):
        """Every admin screen the browser loads carries a policy; the preview keeps the
        strict one of public pages (Wagtail renders it as a visitor's request)."""
        address = urlsplit(response.url)
        if address.path.startswith("/admin/") and response.request.resource_type == "document":
            policy = response.headers.get("content-security-policy", "")
            scripts = directives(policy).get("script-src")
            expected = ["'self'"] if "/preview/" in address.path else ["'self'", "'unsafe-inline'"]
            if scripts != expected:
                unprotected.append((address.path, policy))

    page.on("response", check_policy)
    page.set_viewport_size({"width": 1280, "height": 900})

    # Login.
    page.goto(seeded_site.url + "/admin/login/")
    page.fill("#id_username", "editora")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # Page edit, then its live preview in the side panel's frame.
    page.goto(f"{seeded_site.url}/admin/pages/{spanish.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Energía del barrio")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_contain_text(
        "Energía del barrio", timeout=15_000
    )

    # The image chooser, for the story's hero image.
    page.locator('[data-side-panel-toggle="preview"]').click()
    page.locator("#id_hero_image-chooser .unchosen [data-chooser-action-choose]").click()
    chooser = page.locator(".modal-content")
    expect(chooser.get_by_text("Huerta comunitaria").first).to_be_visible()
    page.keyboard.press("Escape")

    # An image upload, with the uploader's preview of the chosen file.
    page.goto(f"{seeded_site.url}/admin/images/multiple/add/")
    from wagtail.images.tests.utils import get_test_image_file

    page.locator("input[type=file]").set_input_files(
        files=[
            {
                "name": "mercado.png",
                "mimeType": "image/png",
                "buffer": get_test_image_file(size=(640, 480)).file.getvalue(),
            }
        ]
    )
    expect(page.locator(".upload-list .upload-success")).to_be_visible(timeout=30_000)

    # The translation editor (wagtail-localize's React application).
    page.goto(f"{seeded_site.url}/admin/pages/{french.pk}/edit/")
    expect(page.get_by_text("Energía del barrio").first).to_be_visible(timeout=15_000)
    page.wait_for_load_state("networkidle")

    assert unprotected == []
    assert other_hosts == []
    assert violations == []


def directives(policy):
    """A policy's directives by name, their sources in order: the header gives the
    directives in no fixed order."""
    named = (part.split() for part in policy.split(";") if part.strip())
    return {words[0]: words[1:] for words in named}
