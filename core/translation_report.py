"""Admin report "Translation coverage" and its summary panel on the admin home page."""

from collections import defaultdict

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from core.translation_coverage import coverage_rows, out_of_date_translations


def translation_edit_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.target_page_id])


class TranslationCoverageView(ReportView):
    """Per section and language: live, draft and missing translations; below, the
    translations whose source changed since their last sync, each with a link to its
    translation editor. The export (CSV, XLSX) holds the coverage table."""

    page_title = _("Translation coverage")
    header_icon = "globe"
    template_name = "core/translation_coverage_report.html"
    results_template_name = "core/translation_coverage_results.html"
    index_url_name = "translation_coverage_report"
    index_results_url_name = "translation_coverage_report_results"
    default_ordering = "-source_published_at"
    paginate_by = 50
    columns = [
        TitleColumn(
            "target_title",
            label=_("Translation"),
            get_url=translation_edit_url,
            sort_key="target_title",
        ),
        Column(
            "language",
            label=_("Language"),
            accessor=lambda translation: capfirst(translation.target_locale.get_display_name()),
        ),
        DateColumn(
            "source_published_at", label=_("Source published"), sort_key="source_published_at"
        ),
        DateColumn("synced_at", label=_("Last synced"), sort_key="synced_at"),
    ]
    list_export = ["section_label", "language", "total", "live", "draft", "missing", "out_of_date"]
    export_headings = {
        "section_label": _("Section"),
        "language": _("Language"),
        "total": _("Pages"),
        "live": _("Live"),
        "draft": _("Draft"),
        "missing": _("Missing"),
        "out_of_date": _("Out of date"),
    }

    def get_base_queryset(self):
        return out_of_date_translations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage_rows"] = coverage_rows()
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            return self.as_spreadsheet(context["coverage_rows"], self.request.GET.get("export"))
        return super().render_to_response(context, **response_kwargs)

    def get_filename(self):
        return "translation-coverage"


class TranslationCoveragePanel(Component):
    """On the admin home: what each language is missing, section by section."""

    name = "translation_coverage"
    template_name = "core/translation_coverage_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        languages = defaultdict(list)
        for row in coverage_rows():
            if row.missing or row.out_of_date:
                languages[row.language].append(row)
        return {
            "languages": dict(languages),
            "report_url": reverse("translation_coverage_report"),
        }
