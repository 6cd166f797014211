import datetime

import factory
import wagtail_factories

from campaigns.models import CampaignIndexPage, CampaignPage
from core.factories import locale


def days_from_today(days):
    return datetime.date.today() + datetime.timedelta(days=days)


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campañas"
    slug = "campanas"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaña {n}")
    theme = "Una campaña de economía social y solidaria."
    start_date = factory.LazyFunction(lambda: days_from_today(-3))
    end_date = factory.LazyFunction(lambda: days_from_today(4))
    locale = factory.LazyFunction(locale)

    class Meta:
        model = CampaignPage
