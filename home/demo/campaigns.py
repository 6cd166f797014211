"""Demo campaigns: the index and the campaigns of `content/campaigns/`, dated from the
day the demo is loaded (the first one is running then), gathering demo stories,
modules and events."""

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
from home.demo.building import demo_key, page_in_every_language, section_pages, site_languages
from home.demo.content import items
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryPage

TRANSLATED = ("title", "slug", "theme", "hero_alt", "cta_label", "tag")


def original_page(model, key):
    return model.objects.get(
        translation_key=demo_key(key), locale__language_code=site_languages()[0]
    )


class CampaignDemo:
    def __init__(self, loader):
        self.loader = loader
        self.today = datetime.date.today()

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for key, campaign in items("campaigns"):
            self.load_campaign(key, campaign, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, CampaignIndexPage, "campaign-index")

    def load_campaign(self, key, campaign, indexes):
        page_in_every_language(
            self.loader,
            CampaignPage,
            demo_key(f"campaign:{key}"),
            campaign,
            indexes,
            lambda page, language: self.fill(page, campaign[language]),
            lambda page: self.choose(page, key, campaign),
            label=f"campaign “{campaign['en']['title']}”",
        )

    def fill(self, page, texts):
        for name in TRANSLATED:
            setattr(page, name, texts.get(name, ""))
        page.body = texts["body"]

    def choose(self, page, key, campaign):
        """What the original campaign points at; translations keep these links and show
        the pages' translations in their own language."""
        page.start_date = self.today + datetime.timedelta(days=campaign["starts"])
        page.end_date = self.today + datetime.timedelta(days=campaign["ends"])
        page.hero_image = demo_image(
            f"Soleil demo campaign: {key}",
            campaign["image_alt"],
            drawing=DRAWINGS[campaign["illustration"]],
        )
        page.cta_page = original_page(Page, campaign["cta_page"])
        page.story_links = [
            CampaignStory(page=original_page(StoryPage, f"story:{story}"))
            for story in campaign["stories"]
        ]
        page.module_links = [
            CampaignModule(page=original_page(ModulePage, f"module:{module}"))
            for module in campaign["modules"]
        ]
        page.event_links = [
            CampaignEvent(page=original_page(EventPage, f"event:{event}"))
            for event in campaign["events"]
        ]
