from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservatoryConfig(AppConfig):
    """The movement in numbers: charts of each language's live content, and their figures
    as CSV and JSON."""

    name = "observatory"
    verbose_name = _("Observatory")
