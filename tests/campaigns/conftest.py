"""Campaigns gather stories, modules and events: their fixtures come from those apps'
test folders, plus campaign indexes in three languages and a campaign maker."""

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignEvent, CampaignModule, CampaignPage, CampaignStory
from core.factories import locale, translate_page
from tests.curriculum.conftest import curriculum_indexes, make_module  # noqa: F401
from tests.events.conftest import event_indexes, make_event  # noqa: F401
from tests.stories.conftest import image, make_story, story_indexes  # noqa: F401


@pytest.fixture
def campaign_indexes(homes):
    spanish = CampaignIndexPageFactory(parent=homes["es"], show_in_menus=True)
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Campagnes", slug="campagnes"),
        "en": translate_page(spanish, "en", title="Campaigns", slug="campaigns"),
    }


@pytest.fixture
def make_campaign(campaign_indexes):
    """Create a live campaign in a language, with the stories, modules and events
    the editor chose (pages of any language, as the admin's chooser allows)."""

    def make(language="es", stories=(), modules=(), events=(), **fields):
        campaign = CampaignPageFactory(
            parent=campaign_indexes[language], locale=locale(language), **fields
        )
        if stories or modules or events:
            campaign.story_links = [CampaignStory(page=story) for story in stories]
            campaign.module_links = [CampaignModule(page=module) for module in modules]
            campaign.event_links = [CampaignEvent(page=event) for event in events]
            campaign.save_revision().publish()
        return CampaignPage.objects.get(pk=campaign.pk)

    return make
