"""Helpers that keep what a page links to in the visitor's language."""

from django.utils import translation
from wagtail.models import Page

from core import freshness


def localized_pages(pages, locale, queryset=None):
    """The live translations of `pages` in `locale`, in the same order.

    Pages with no live translation in that locale are left out, so a French
    visitor never gets a Spanish card in a French list. `queryset` says what
    to fetch them with (say, a page type's card queryset); by default, specific
    pages of any type. The number of queries does not depend on the number of pages.
    """
    keys = [page.translation_key for page in pages]
    if not keys:
        return []
    if queryset is None:
        queryset = Page.objects.specific()
    translations = {
        page.translation_key: page
        for page in queryset.live().public().filter(translation_key__in=keys, locale=locale)
    }
    ordered = []
    for key in keys:
        if key in translations and translations[key] not in ordered:
            ordered.append(translations[key])
    return ordered


def localized_url(page):
    """The address of `page`'s live translation in the active language (or of `page`
    itself while it has none), remembered until the content changes."""
    language = translation.get_language()
    return freshness.remember(
        "localized-url", page.pk, language, compute=lambda: page.localized.url
    )


def localize_terms(terms, locale):
    """Map vocabulary terms to their translations in `locale` (one query), keeping
    a term as it is when it has no translation there yet."""
    terms = list(terms)
    foreign = [term for term in terms if term.locale_id != locale.pk]
    if not foreign:
        return terms
    model = type(foreign[0])
    translations = {
        term.translation_key: term
        for term in model.objects.filter(
            translation_key__in=[term.translation_key for term in foreign], locale=locale
        )
    }
    return [
        translations.get(term.translation_key, term) if term.locale_id != locale.pk else term
        for term in terms
    ]


def untranslated_terms(page, locale):
    """(field's name, term) for each vocabulary term `page` links to that has no version
    in `locale` yet: a translation of the page shows it in the page's own language.

    The fields are the page's `localized_taxonomy_fields`; one query per field.
    """
    missing = []
    for name in getattr(page, "localized_taxonomy_fields", ()):
        field = page._meta.get_field(name)
        if field.many_to_many:
            terms = list(getattr(page, name).all())
        else:
            terms = [term for term in [getattr(page, name)] if term is not None]
        foreign = [term for term in terms if term.locale_id != locale.pk]
        if not foreign:
            continue
        translated = set(
            type(foreign[0])
            .objects.filter(
                translation_key__in=[term.translation_key for term in foreign], locale=locale
            )
            .values_list("translation_key", flat=True)
        )
        missing += [
            (field.verbose_name, term) for term in foreign if term.translation_key not in translated
        ]
    return missing
