from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    """One page per sector and language, gathering its stories, modules and events."""

    name = "sectors"
    verbose_name = _("Sectors")
