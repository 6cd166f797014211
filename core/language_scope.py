"""Translators open only the pages and snippets of their own language in the admin.

Wagtail answers a page its user may not touch with a redirect to the dashboard.
For a page or snippet in another language we answer 403 with a page that says why, so a
translator who follows a link to the source (or to a colleague's language) knows
it is not an error of theirs and where their work is.
"""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.template.response import TemplateResponse
from wagtail.models import Page

from core.permissions import can_work_in_locale


def admin_objects(request, view_func, view_kwargs):
    """The page or translatable snippet an admin view works on, as a queryset, or None."""
    match = request.resolver_match
    if match is None:
        return None
    if match.namespace == "wagtailadmin_pages" and "page_id" in view_kwargs:
        return Page.objects.filter(pk=view_kwargs["page_id"])
    if not match.namespace.startswith("wagtailsnippets_") or "pk" not in view_kwargs:
        return None  # other views may name their model by a string ("wagtaildocs.Document")
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if model is not None and any(f.name == "locale" for f in model._meta.fields):
        return model.objects.filter(pk=unquote(str(view_kwargs["pk"])))
    return None


class OtherLanguagePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        objects = admin_objects(request, view_func, view_kwargs)
        if objects is None or not request.user.is_authenticated:
            return None
        locale = objects.values_list("locale_id", "locale__language_code").first()
        if locale is None or can_work_in_locale(request.user, locale[0]):
            return None
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        return TemplateResponse(
            request,
            "core/admin_other_language.html",
            {"page_language": names.get(locale[1], locale[1])},
            status=403,
        )
