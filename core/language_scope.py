"""Translators open only the pages of their own language in the admin.

Wagtail answers a page its user may not touch with a redirect to the dashboard.
For a page in another language we answer 403 with a page that says why, so a
translator who follows a link to the source (or to a colleague's language) knows
it is not an error of theirs and where their work is.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Page

from core.permissions import can_work_in_locale


class OtherLanguagePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        page_id = view_kwargs.get("page_id")
        if match is None or match.namespace != "wagtailadmin_pages" or page_id is None:
            return None
        if not request.user.is_authenticated:
            return None
        locale = (
            Page.objects.filter(pk=page_id)
            .values_list("locale_id", "locale__language_code")
            .first()
        )
        if locale is None or can_work_in_locale(request.user, locale[0]):
            return None
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        return TemplateResponse(
            request,
            "core/admin_other_language.html",
            {"page_language": names.get(locale[1], locale[1])},
            status=403,
        )
