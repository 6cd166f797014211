import datetime

from django.db.models import Min
from django.utils import timezone
from wagtail import hooks

from campaigns.models import CampaignPage


def start_of(day):
    return datetime.datetime.combine(day, datetime.time.min, timezone.get_current_timezone())


@hooks.register("next_content_change")
def next_campaign_change(now):
    """A campaign starts running on its first day and is over from the day after its
    last, in the site's time zone (core.freshness)."""
    today = timezone.localdate(now)
    campaigns = CampaignPage.objects.all()
    first_days = campaigns.filter(start_date__gt=today).aggregate(day=Min("start_date"))["day"]
    last_days = campaigns.filter(end_date__gte=today).aggregate(day=Min("end_date"))["day"]
    days = [first_days, last_days and last_days + datetime.timedelta(days=1)]
    return min((start_of(day) for day in days if day), default=None)
