"""Translators open only the pages and snippets of their own language in the admin.

Wagtail answers a page its user may not touch with a redirect to the dashboard.
For a page or snippet in another language we answer 403 with a page that says why, so a
translator who follows a link to the source (or to a colleague's language) knows
it is not an error of theirs and where their work is. wagtail-localize's "Sync
translated pages" view works on a source page, so a translator who opens it for a
source in another language gets the same page, with a link to bring their own
translations of it up to date (`core.translation_update`).

The same holds for what would show another language's content without editing it:
the page chooser opened inside a page of another language (its heading names the page),
and wagtail-localize's views of one translation (preview, PO file download and upload,
string edits, machine translation) when it is into another language — wagtail-localize
lets anyone who may change a snippet model work on its translation into any language.
"""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.localization import get_localized_response
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from core.permissions import can_work_in_locale, editable_locale_ids


def admin_objects(request, view_func, view_kwargs):
    """What an admin view works on, as a queryset, and the name of its locale field (the
    page, translatable snippet, translation source or translation), or (None, None)."""
    match = request.resolver_match
    if match is None:
        return None, None
    if match.namespace == "wagtailadmin_pages" and "page_id" in view_kwargs:
        return Page.objects.filter(pk=view_kwargs["page_id"]), "locale"
    if match.url_name == "wagtailadmin_choose_page_child":
        # The tree's root belongs to no language: every translator starts there.
        return Page.objects.filter(pk=view_kwargs["parent_page_id"], depth__gt=1), "locale"
    if match.namespace == "wagtail_localize" and match.url_name == "update_translations":
        return TranslationSource.objects.filter(pk=view_kwargs["translation_source_id"]), "locale"
    if match.namespace == "wagtail_localize" and "translation_id" in view_kwargs:
        return Translation.objects.filter(pk=view_kwargs["translation_id"]), "target_locale"
    if not match.namespace.startswith("wagtailsnippets_") or "pk" not in view_kwargs:
        return None, None  # other views may name their model by a string ("wagtaildocs.Document")
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if model is not None and any(f.name == "locale" for f in model._meta.fields):
        return model.objects.filter(pk=unquote(str(view_kwargs["pk"]))), "locale"
    return None, None


def own_translations(user, source_id):
    """Links to bring up to date the translations of a source into the user's languages."""
    translations = Translation.objects.filter(source_id=source_id, enabled=True).select_related(
        "target_locale"
    )
    locale_ids = editable_locale_ids(user)
    if locale_ids is not None:
        translations = translations.filter(target_locale_id__in=locale_ids)
    return [
        (
            translation.target_locale.get_display_name(),
            reverse("translation_update_from_source", args=[translation.pk]),
        )
        for translation in translations
    ]


def other_language_response(request, language_code, own_translations=()):
    """403: what the user opened is in another language than the ones they work in,
    said in the user's admin language (it answers before Wagtail's view, which would
    otherwise choose that language)."""
    return get_localized_response(other_language_page, request, language_code, own_translations)


def other_language_page(request, language_code, own_translations):
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    return TemplateResponse(
        request,
        "core/admin_other_language.html",
        {
            "page_language": names.get(language_code, language_code),
            "own_translations": own_translations,
        },
        status=403,
    )


class OtherLanguagePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        objects, locale_field = admin_objects(request, view_func, view_kwargs)
        if objects is None or not request.user.is_authenticated:
            return None
        locale = objects.values_list(f"{locale_field}_id", f"{locale_field}__language_code").first()
        if locale is None or can_work_in_locale(request.user, locale[0]):
            return None
        if objects.model is TranslationSource:
            mine = own_translations(request.user, view_kwargs["translation_source_id"])
            return other_language_response(request, locale[1], mine)
        return other_language_response(request, locale[1])
