"""An editor in the Spanish admin picks several stories for a campaign in one go: the
"add stories" button opens the page chooser with a box to tick on each story, and the
stories ticked join the campaign's list, saved with the draft.

Set `SHOTS_DIR` to keep screenshots of the chooser and of the list it fills.
"""

import os
import pathlib
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "several-at-once"
STORIES = ("Huerta comunitaria", "Panadería cooperativa", "Taller de bicis")


def shoot(page, name):
    folder = os.environ.get("SHOTS_DIR")
    if folder:
        pathlib.Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(pathlib.Path(folder) / name))


@pytest.fixture
def campaign_form(page, seeded_site):
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    home = Page.objects.get(depth=2, locale__language_code="es")
    index = StoryIndexPageFactory(parent=home)
    for number, title in enumerate(STORIES):
        StoryPageFactory(parent=index, title=title, slug=f"historia-{number}")
    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home), title="Semana del consumo responsable"
    )
    get_user_model().objects.create_superuser("editora", "editora@example.org", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(seeded_site.url + "/admin/login/")
    page.fill("#id_username", "editora")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(f"{seeded_site.url}/admin/pages/{campaign.pk}/edit/")
    return page, campaign


def test_an_editor_ticks_several_stories_in_one_chooser(campaign_form):
    from campaigns.models import CampaignPage

    page, campaign = campaign_form

    page.locator("#id_story_links-OPEN_MODAL").click()
    chooser = page.locator(".modal-content")
    boxes = chooser.locator("input[type=checkbox]:not([disabled])")
    expect(boxes).to_have_count(len(STORIES))
    for title in ("Taller de bicis", "Huerta comunitaria"):
        chooser.locator("tr", has_text=title).locator("input[type=checkbox]").check()
    expect(chooser.locator("input[type=checkbox]:checked")).to_have_count(2)
    shoot(page, "chooser-several-stories.png")
    chooser.locator("[data-multiple-choice-submit]").click()

    chosen = page.locator("#id_story_links-FORMS")
    expect(chosen).to_contain_text("Taller de bicis")
    expect(chosen).to_contain_text("Huerta comunitaria")
    expect(chosen).not_to_contain_text("Panadería cooperativa")
    chosen.scroll_into_view_if_needed()
    shoot(page, "campaign-stories-chosen.png")
    page.get_by_role("button", name="Guardar borrador").click()

    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    draft = CampaignPage.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert sorted(link.page.title for link in draft.story_links.all()) == [
        "Huerta comunitaria",
        "Taller de bicis",
    ]
