"""Where each language link of a page leads: its live translation, or that language's home."""

import locale
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.querysets import pages


def open_graph_locale(language_code):
    """How Open Graph names a language: language_TERRITORY ("fr_FR").

    `settings.OPEN_GRAPH_LOCALES` where it says; otherwise the territory the C library
    pairs the language with (`locale.normalize("ca")` is "ca_ES.ISO8859-1"), or the
    language alone when it knows none.
    """
    given = getattr(settings, "OPEN_GRAPH_LOCALES", {}).get(language_code)
    if given:
        return given
    name = translation.to_locale(language_code)
    if "_" in name:
        return name
    normalized = locale.normalize(name).partition(".")[0].partition("@")[0]
    return normalized if normalized.startswith(f"{name}_") else name


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    has_translation: bool


def language_home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def live_translations(page):
    """The page and its live, public translations, keyed by language code (one query,
    once per page object)."""
    if page is None or not getattr(page, "pk", None):
        return {}
    cached = getattr(page, "_soleil_live_translations", None)
    if cached is None:
        translations = (
            pages()
            .filter(translation_key=page.translation_key)
            .live()
            .public()
            .select_related("locale")
        )
        cached = page._soleil_live_translations = {p.locale.language_code: p for p in translations}
    return cached


def translation_url(page, target, request):
    """The address of `target`, a translation of `page`, showing what `page` shows now.

    A routable page that shows several things at one address pattern (a sector
    under the sector index) says where the same thing is in the other language
    through a `localized_route_url(target, request)` method.
    """
    localized = getattr(page, "localized_route_url", None)
    if localized is not None:
        return localized(target, request)
    return target.get_url(request)


def language_links(request, page=None):
    """One link per site language, computed once per request.

    `has_translation` is False where the page has no live translation in that
    language; the link then leads to that language's home page.
    """
    cached = getattr(request, "_soleil_language_links", None)
    if cached is not None and cached[0] is page:
        return cached[1]
    current = translation.get_language()
    translations = live_translations(page)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=translation_url(page, target, request) if target else language_home_url(code),
                is_current=code == current,
                has_translation=target is not None or page is None,
            )
        )
    request._soleil_language_links = (page, links)
    return links


def alternate_urls(request, page):
    """(hreflang, absolute URL) pairs for each live translation, plus x-default."""
    translations = live_translations(page)

    def absolute(target):
        return request.build_absolute_uri(translation_url(page, target, request))

    pairs = [
        (code, absolute(translations[code]))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    if pairs:
        default = translations.get(settings.LANGUAGE_CODE) or page
        pairs.append(("x-default", absolute(default)))
    return pairs
