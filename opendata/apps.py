from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    """Open data: the read-only API (`/api/v2/`), the bulk files and their catalogue."""

    name = "opendata"
    verbose_name = _("Open data")
