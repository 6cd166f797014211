from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    """How visitors take part: the "Get involved" form, guarded against spam."""

    name = "engagement"
    verbose_name = _("Get involved")
