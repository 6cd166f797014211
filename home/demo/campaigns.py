"""Demo campaigns: a campaign index and the campaigns of `campaign_texts` in es, fr and
en, dated from the day the demo is loaded (the first one is running then), gathering
demo stories, modules and events."""

import datetime

from wagtail.models import Locale, Page

from campaigns.models import (
    CampaignEvent,
    CampaignIndexPage,
    CampaignModule,
    CampaignPage,
    CampaignStory,
)
from curriculum.models import ModulePage
from events.models import EventPage
from home.demo.building import LANGUAGES, demo_key, publish, section_pages, translated_page
from home.demo.campaign_texts import CAMPAIGNS, INDEX_TEXTS
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryPage


def spanish_page(model, key):
    return model.objects.get(translation_key=demo_key(key), locale__language_code="es")


class CampaignDemo:
    def __init__(self, loader):
        self.loader = loader
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.today = datetime.date.today()

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for campaign in CAMPAIGNS:
            self.load_campaign(campaign, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, CampaignIndexPage, "campaign-index", INDEX_TEXTS)

    def load_campaign(self, campaign, indexes):
        key = demo_key(f"campaign:{campaign['key']}")
        spanish = None
        for language in LANGUAGES:
            locale = self.locales[language]
            existing = CampaignPage.objects.filter(translation_key=key, locale=locale).first()
            if existing:
                spanish = spanish or existing
                continue
            if language == "es":
                page = CampaignPage(translation_key=key, locale=locale)
                self.fill(page, campaign, language)
                self.choose(page, campaign)
                indexes["es"].add_child(instance=page)
            else:
                page, _created = translated_page(spanish, language)
                self.fill(page, campaign, language)
            publish(page, {})
            spanish = spanish or page
            self.loader.log(f"campaign “{campaign['texts']['en']['title']}” ({language})")

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
            CampaignStory(story=spanish_page(StoryPage, f"story:{key}"))
            for key in campaign["stories"]
        ]
        page.module_links = [
            CampaignModule(module=spanish_page(ModulePage, f"module:{key}"))
            for key in campaign["modules"]
        ]
        page.event_links = [
            CampaignEvent(event=spanish_page(EventPage, f"event:{key}"))
            for key in campaign["events"]
        ]
