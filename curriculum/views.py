from django.db.models import F, IntegerField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.permissions import PAGE_WORK, editable_locale_ids
from curriculum.models import DownloadCount, ModulePage

RECENT_DAYS = 30


class DownloadsReportView(ReportView):
    """Admin report: how often each module and its files were downloaded,
    in the last 30 days and in all, per language. Sortable; CSV and XLSX export.

    For people who work on pages, each in the languages they work in (a translator sees
    their language's modules only); anyone else is refused."""

    permission_policy = PagePermissionPolicy()
    any_permission_required = PAGE_WORK

    page_title = _("Downloads")
    header_icon = "download"
    index_url_name = "curriculum_downloads_report"
    index_results_url_name = "curriculum_downloads_report_results"
    default_ordering = "-downloads_recent"
    columns = [
        TitleColumn(
            "title",
            label=_("Module"),
            sort_key="title",
            get_url=lambda module: reverse("wagtailadmin_pages:edit", args=[module.pk]),
        ),
        Column("language", label=_("Language"), sort_key="language"),
        Column("downloads_recent", label=_("Last 30 days"), sort_key="downloads_recent"),
        Column("downloads_total", label=_("All time"), sort_key="downloads_total"),
    ]
    list_export = ["title", "language", "downloads_recent", "downloads_total"]
    export_headings = {
        "title": _("Module"),
        "language": _("Language"),
        "downloads_recent": _("Last 30 days"),
        "downloads_total": _("All time"),
    }

    def get_base_queryset(self):
        since = DownloadCount.since(RECENT_DAYS)
        zero = Value(0, output_field=IntegerField())
        modules = ModulePage.objects.defer_streamfields()
        locale_ids = editable_locale_ids(self.request.user)
        if locale_ids is not None:
            modules = modules.filter(locale_id__in=locale_ids)
        return modules.annotate(
            language=F("locale__language_code"),
            downloads_recent=Coalesce(
                Sum("download_counts__count", filter=Q(download_counts__day__gte=since)), zero
            ),
            downloads_total=Coalesce(Sum("download_counts__count"), zero),
        )
