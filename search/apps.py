from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search: one SearchPage per language, stemming in each page's own language.

    The label stays "search": Wagtail's own search app is labelled "wagtailsearch"
    and the index behind it "modelsearch", so nothing clashes.
    """

    name = "search"
    label = "search"
    verbose_name = _("Site search")
