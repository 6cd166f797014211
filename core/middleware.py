import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

LANGUAGE_LIKE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one redirect.

    Wagtail's catch-all page route makes every path "valid", so plain
    LocaleMiddleware would answer `/de/` with a redirect to `/es/de/`. A path
    that starts with a language code we do not serve is a 404 instead; every
    other path without a language prefix (`/`, `/historias/`) is still
    redirected to the visitor's language.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            match = LANGUAGE_LIKE_PREFIX.match(request.path_info)
            served_languages = {code.lower() for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in served_languages:
                return response
        return super().process_response(request, response)
