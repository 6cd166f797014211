from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.permissions import PageWorkMenuItem
from core.translation_coverage import TranslationSection
from curriculum.models import ModulePage
from curriculum.views import DownloadsReportView


@hooks.register("register_admin_urls")
def register_downloads_report_urls():
    return [
        path(
            "reports/downloads/",
            DownloadsReportView.as_view(),
            name="curriculum_downloads_report",
        ),
        path(
            "reports/downloads/results/",
            DownloadsReportView.as_view(results_only=True),
            name="curriculum_downloads_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return PageWorkMenuItem(
        _("Downloads"),
        reverse("curriculum_downloads_report"),
        name="downloads",
        icon_name="download",
        order=900,
    )


@hooks.register("register_translation_section")
def register_modules_translation_section():
    return TranslationSection("modules", _("Modules"), ModulePage, order=20)
