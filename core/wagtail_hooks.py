from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.contrib.forms.models import AbstractForm
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import page_cache
from core.models import (
    SDG,
    EducationLevel,
    EventType,
    Footer,
    OrganisationForm,
    Sector,
    Territory,
    Topic,
)
from core.permissions import (
    PageWorkMenuItem,
    can_work_in_locale,
    editable_locale_ids,
    works_on_pages,
)
from core.restrictions import is_private
from core.translation_editor import before_edit_translation
from core.translation_report import TranslationCoveragePanel, TranslationCoverageView
from core.translation_update import UpdateFromSourceView


class LanguageFilterLabel:
    """Wagtail's chooser filters by language under the field's bare name, "Locale",
    which no catalogue translates; give it a label."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = _("Language")
        return form


class TermChooseView(LanguageFilterLabel, ChooseView):
    pass


class TermChooseResultsView(LanguageFilterLabel, ChooseResultsView):
    pass


class TermChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TermChooseView
    choose_results_view_class = TermChooseResultsView


class OwnLanguagesListing:
    """A translator lists the snippets of their own language only: the listing's language
    switch would otherwise show them every other language's."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        locale_ids = editable_locale_ids(request.user)
        if locale_ids is None:
            return queryset
        return queryset.filter(locale_id__in=locale_ids)


class TermViewSet(OwnLanguagesListing, SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]
    chooser_viewset_class = TermChooserViewSet


class SectorViewSet(TermViewSet):
    model = Sector
    icon = "pick"


class OrganisationFormViewSet(TermViewSet):
    model = OrganisationForm
    icon = "group"


class TerritoryViewSet(TermViewSet):
    model = Territory
    icon = "site"
    list_display = ["name", "kind", "code", "parent", "locale"]
    list_filter = ["kind"]
    ordering = ["kind", "name"]


class SDGViewSet(TermViewSet):
    model = SDG
    icon = "globe"
    list_display = ["number", "name", "locale"]
    ordering = ["number"]


class EducationLevelViewSet(TermViewSet):
    model = EducationLevel
    icon = "user"


class EventTypeViewSet(TermViewSet):
    model = EventType
    icon = "date"


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 250
    items = [
        SectorViewSet,
        OrganisationFormViewSet,
        TerritoryViewSet,
        SDGViewSet,
        EducationLevelViewSet,
        EventTypeViewSet,
        TopicViewSet,
    ]


class FooterViewSet(OwnLanguagesListing, SnippetViewSet):
    model = Footer
    icon = "doc-full"
    menu_label = _("Footer")
    add_to_admin_menu = False


register_snippet(VocabularyGroup)
register_snippet(FooterViewSet)


def refuse_other_languages(request, instances):
    """Translators edit the footer and vocabularies of their own language only."""
    for instance in instances:
        locale_id = getattr(instance, "locale_id", None)
        if locale_id is not None and not can_work_in_locale(request.user, locale_id):
            raise PermissionDenied


@hooks.register("before_edit_snippet", order=-100)
def refuse_editing_snippets_in_other_languages(request, instance):
    refuse_other_languages(request, [instance])


@hooks.register("before_delete_snippet", order=-100)
def refuse_deleting_snippets_in_other_languages(request, instances):
    refuse_other_languages(request, instances)


@hooks.register("construct_page_chooser_queryset")
def choose_pages_in_own_languages(pages, request):
    """Wagtail's page chooser lists every page to anyone in the admin: a translator is
    shown their language's pages only, and someone who may edit no page, none."""
    locale_ids = editable_locale_ids(request.user)
    if locale_ids is None:
        return pages
    return pages.filter(locale_id__in=locale_ids)


def works_in_some_languages_only(user):
    return editable_locale_ids(user) is not None


@hooks.register("before_delete_page")
def keep_translators_from_deleting_pages(request, page):
    """Wagtail lets whoever may change and publish a page delete it, so translators
    could delete their language's pages; a deleted translation takes its translator's
    work with it, beyond any history, so deleting is left to moderators (a translator
    may unpublish)."""
    if works_in_some_languages_only(request.user):
        return permission_denied(request)
    return None


@hooks.register("before_bulk_action")
def keep_translators_from_deleting_pages_in_bulk(request, action_type, objects, action):
    if action_type == "delete" and Page in action.models:
        return keep_translators_from_deleting_pages(request, None)
    return None


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_urls")
def register_translation_coverage_urls():
    return [
        path(
            "reports/translation-coverage/",
            TranslationCoverageView.as_view(),
            name="translation_coverage_report",
        ),
        path(
            "reports/translation-coverage/results/",
            TranslationCoverageView.as_view(results_only=True),
            name="translation_coverage_report_results",
        ),
        path(
            "translations/<int:translation_id>/update/",
            UpdateFromSourceView.as_view(),
            name="translation_update_from_source",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    return PageWorkMenuItem(
        _("Translation coverage"),
        reverse("translation_coverage_report"),
        name="translation-coverage",
        icon_name="globe",
        order=910,
    )


# Before wagtail-localize's own hook, which renders the translation editor.
hooks.register("before_edit_page", before_edit_translation, order=-10)


@hooks.register("construct_homepage_panels")
def add_translation_coverage_panel(request, panels):
    if works_on_pages(request.user):
        panels.append(TranslationCoveragePanel())


@hooks.register("before_serve_page")
def share_public_pages(page, request, serve_args, serve_kwargs):
    """Anonymous visitors may get a public page from the page cache (core.page_cache);
    form pages and pages in a private section are always made for the visitor."""
    if isinstance(page, AbstractForm) or is_private(page):
        return
    page_cache.allow(request)


# Two menu labels of Wagtail's and wagtail-localize's are translated once, when the menu is
# first built, and then shown in that first reader's language to everyone: give them labels
# translated for each reader.


@hooks.register("construct_reports_menu")
def translate_the_translations_report_label(request, menu_items):
    report_url = reverse("wagtail_localize:translations_report")
    for item in menu_items:
        if item.url == report_url:
            item.label = _("Translations")


def whats_new_label(version):
    return gettext("What's new in Wagtail %(version)s") % {"version": version}


@hooks.register("construct_help_menu")
def translate_the_whats_new_label(request, menu_items):
    for item in menu_items:
        if item.name.startswith("whats-new-in-wagtail-"):
            version = item.name.removeprefix("whats-new-in-wagtail-")
            item.label = lazy(whats_new_label, str)(version)
