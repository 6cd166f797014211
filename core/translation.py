"""Helpers that keep what a page links to in the visitor's language."""

from django.utils import translation

from core import freshness
from core.querysets import pages


def localized_choices(chosen, locale, *, queryset=None, defaults=None, limit=None):
    """The pages an editor chose, as visitors in `locale` see them: the live
    translation in `locale` of each `chosen` page, in the editor's order, then
    `defaults` — pages of `locale` shown when there are not enough choices — up to
    `limit` pages in all.

    Choices are synchronised across translations, so they name the source
    language's pages. A chosen page with no live, public translation in `locale` is
    left out — a French visitor never gets a Spanish card in a French list — and a
    default takes its place; each page appears once. `queryset` says what to fetch
    the translations with (a page type's cards, its upcoming events…); by default,
    specific pages of any type. The number of queries does not depend on the number
    of pages: one for the translations, one for the first `limit` defaults.

        localized_choices(
            chosen_pages(home.featured_story_links),
            home.locale,
            queryset=StoryPage.objects.all(),
            defaults=StoryPage.objects.live().filter(locale=home.locale).newest_first(),
            limit=3,
        )
    """
    if defaults is not None and limit is None:
        raise ValueError("Defaults fill a list up to a limit: give the limit.")
    keys = [page.translation_key for page in chosen]
    if queryset is None:
        queryset = pages().specific()
    translations = {}
    if keys:
        translations = {
            page.translation_key: page
            for page in queryset.live().public().filter(translation_key__in=keys, locale=locale)
        }
    shown = []
    for key in keys:
        if key in translations and translations[key] not in shown:
            shown.append(translations[key])
    if defaults is not None:
        seen = {page.translation_key for page in shown}
        for page in defaults[: limit + len(shown)]:
            if page.translation_key not in seen:
                shown.append(page)
                seen.add(page.translation_key)
    return shown[:limit]


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
