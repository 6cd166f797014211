from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns that gather stories, modules and events around a theme."""

    name = "campaigns"
    verbose_name = _("Campaigns")
