"""Demo campaigns: a campaign index and the campaigns of `campaign_texts` in es, fr and
en, dated from the day the demo is loaded (the first one is running then), gathering
demo stories, modules and events."""

import datetime

from wagtail.models import Page

from campaigns.models import (
    CampaignEvent,
    CampaignIndexPage,
    CampaignModule,
    CampaignPage,
    CampaignStory,
)
from curriculum.models import ModulePage
from events.models import EventPage
from home.demo.building import (
    demo_key,
    page_in_every_language,
    section_pages,
)
from home.demo.campaign_texts import CAMPAIGNS, INDEX_TEXTS
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryPage


def spanish_page(model, key):
    return model.objects.get(translation_key=demo_key(key), locale__language_code="es")


class CampaignDemo:
    def __init__(self, loader):
        self.loader = loader
        self.today = datetime.date.today()

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for campaign in CAMPAIGNS:
            self.load_campaign(campaign, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, CampaignIndexPage, "campaign-index", INDEX_TEXTS)

    def load_campaign(self, campaign, indexes):
        page_in_every_language(
            self.loader,
            CampaignPage,
            demo_key(f"campaign:{campaign['key']}"),
            indexes["es"],
            lambda page, language: self.fill(page, campaign, language),
            lambda page: self.choose(page, campaign),
            label=f"campaign “{campaign['texts']['en']['title']}”",
        )

    def fill(self, page, campaign, language):
        texts = campaign["texts"][language]
        for name in ("title", "slug", "theme", "hero_alt", "cta_label", "tag"):
            setattr(page, name, texts[name])
        page.body = [{"type": kind, "value": value} for kind, value in texts["body"]]

    def choose(self, page, campaign):
        """What the Spanish campaign points at; translations keep these links and show
        the pages' translations in their own language."""
        page.start_date = self.today + datetime.timedelta(days=campaign["starts"])
        page.end_date = self.today + datetime.timedelta(days=campaign["ends"])
        page.hero_image = demo_image(
            f"Soleil demo campaign: {campaign['key']}",
            campaign["image_alt"],
            drawing=DRAWINGS[campaign["motif"]],
        )
        page.cta_page = spanish_page(Page, campaign["cta_page"])
        page.story_links = [
            CampaignStory(page=spanish_page(StoryPage, f"story:{key}"))
            for key in campaign["stories"]
        ]
        page.module_links = [
            CampaignModule(page=spanish_page(ModulePage, f"module:{key}"))
            for key in campaign["modules"]
        ]
        page.event_links = [
            CampaignEvent(page=spanish_page(EventPage, f"event:{key}"))
            for key in campaign["events"]
        ]
