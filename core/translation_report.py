"""Admin report "Translation coverage" and its summary panel on the admin home page."""

from collections import defaultdict

from django.conf import settings
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.permissions import PAGE_WORK, editable_locale_ids
from core.translation_coverage import coverage_rows, translations_to_update

PANEL_TRANSLATIONS = 10


def translation_edit_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.target_page_id])


def update_from_source_url(translation):
    return reverse("translation_update_from_source", args=[translation.pk])


class TranslationWorkColumn(Column):
    """What is left to do on a translation: segments to translate, a source to take in."""

    cell_template_name = "core/translation_work_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["translation"] = instance
        context["update_url"] = update_from_source_url(instance)
        return context


def languages_of(user):
    """The language codes `user` works in, in `settings.WAGTAIL_CONTENT_LANGUAGES` order."""
    locale_ids = editable_locale_ids(user)
    if locale_ids is None:
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    codes = set(Locale.objects.filter(pk__in=locale_ids).values_list("language_code", flat=True))
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in codes]


class TranslationCoverageView(ReportView):
    """Per section and language: live, draft and missing translations and translations
    to update; below, the translations into the user's languages that have work left
    (a segment to translate, or a source that changed), each with a link to its
    translation editor. The export (CSV, XLSX) holds the coverage table.

    For people who work on pages; anyone else is refused."""

    permission_policy = PagePermissionPolicy()
    any_permission_required = PAGE_WORK

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
        TranslationWorkColumn("work", label=_("To do")),
        DateColumn(
            "source_published_at", label=_("Source published"), sort_key="source_published_at"
        ),
        DateColumn("synced_at", label=_("Last synced"), sort_key="synced_at"),
    ]
    list_export = ["section_label", "language", "total", "live", "draft", "missing", "to_update"]
    export_headings = {
        "section_label": _("Section"),
        "language": _("Language"),
        "total": _("Pages"),
        "live": _("Live"),
        "draft": _("Draft"),
        "missing": _("Missing"),
        "to_update": _("To update"),
    }

    def get_base_queryset(self):
        return translations_to_update(self.request.user)

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
    """On the admin home: in each of the user's languages, what each section is missing
    and the translations with work left, each linking to its translation editor."""

    name = "translation_coverage"
    template_name = "core/translation_coverage_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        languages = languages_of(user)
        summaries = defaultdict(list)
        for row in coverage_rows():
            if row.language_code in languages and (row.missing or row.to_update):
                summaries[row.language].append(row)
        to_update = translations_to_update(user).order_by("-source_published_at", "pk")
        shown = list(to_update[: PANEL_TRANSLATIONS + 1])
        translations = [
            {
                "translation": translation,
                "edit_url": translation_edit_url(translation),
                "update_url": update_from_source_url(translation),
            }
            for translation in shown[:PANEL_TRANSLATIONS]
        ]
        return {
            "languages": dict(summaries),
            "translations": translations,
            "more": len(shown) > PANEL_TRANSLATIONS,
            "report_url": reverse("translation_coverage_report"),
        }
