"""The demo's campaigns: three languages, one running on the day it is loaded,
each gathering demo stories, modules and events; loading twice adds nothing."""

import io

from bs4 import BeautifulSoup
from django.core.management import call_command

from campaigns.models import CampaignEvent, CampaignIndexPage, CampaignPage, CampaignStory


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def counts():
    return {
        "indexes": CampaignIndexPage.objects.count(),
        "campaigns": CampaignPage.objects.count(),
        "chosen stories": CampaignStory.objects.count(),
        "chosen events": CampaignEvent.objects.count(),
    }


def test_demo_campaigns_load_once_and_gather_content_in_each_language(client, db):
    load_demo()
    first = counts()
    load_demo()

    assert counts() == first
    assert first["indexes"] == 3 and first["campaigns"] == 6
    for language, index_url in [
        ("es", "/es/campanas/"),
        ("fr", "/fr/campagnes/"),
        ("en", "/en/campaigns/"),
    ]:
        campaigns = CampaignPage.objects.live().filter(locale__language_code=language)
        states = {campaign.state for campaign in campaigns}
        assert CampaignPage.State.RUNNING in states and CampaignPage.State.OVER not in states
        index = BeautifulSoup(client.get(index_url).content, "html.parser")
        running = next(c for c in campaigns if c.state == CampaignPage.State.RUNNING)
        assert index.select(".card__title a")[0].text == running.title
        for campaign in campaigns:
            page = BeautifulSoup(client.get(campaign.url).content, "html.parser")
            for section in ("campaign-stories", "campaign-modules", "campaign-events"):
                cards = page.find(id=section).find_parent("section").select(".card")
                assert cards, (campaign.title, section)
            words = BeautifulSoup(str(campaign.body), "html.parser").get_text(" ").split()
            assert 150 <= len(words) <= 300, campaign.title
            assert {link.page.locale.language_code for link in campaign.story_links.all()} == {"es"}
        home = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
        assert home.select_one("#home-campaign-heading").text == running.title
