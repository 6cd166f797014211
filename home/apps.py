from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The top floor: home page, standard pages and the demo content that gathers the rest."""

    name = "home"
    verbose_name = _("Home and pages")
