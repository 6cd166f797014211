"""Small tools the demo loaders share: languages, stable keys, translations, publishing."""

import uuid

from django.conf import settings
from wagtail.models import Locale

from core.streams import stream_fields, with_block_ids
from home.demo.content import read

DEMO_NAMESPACE = uuid.UUID("7a1c2f4e-5b0d-4e8f-9c36-50be11de0000")


def site_languages():
    """The site's languages (`settings.LANGUAGES`), the default one first: the demo
    writes each page in it and translates that page into the others. A language whose
    words a demo file lacks gets no translation of that item."""
    default = Locale.get_default().language_code
    return [default] + [code for code, _name in settings.LANGUAGES if code != default]


def locale(language):
    return Locale.objects.get(language_code=language)


def demo_key(name):
    """A stable translation key for a demo object, the same on every installation."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def stream_data(body, page_ids):
    """StreamField data from a body of the demo files, with page names ("about") in
    links replaced by the ids of those pages."""

    def resolve(value):
        if isinstance(value, dict):
            resolved = {key: resolve(item) for key, item in value.items()}
            if "page" in value:
                resolved["page"] = page_ids.get(value["page"])
            return resolved
        return value

    return [{"type": block["type"], "value": resolve(block["value"])} for block in body]


def translated_page(source, language):
    """The page's translation in this language, created as a copy when missing."""
    translation = source.get_translation_or_none(locale(language))
    if translation is not None:
        return translation.specific, False
    stored = type(source).objects.get(pk=source.pk)  # child objects as saved, with their ids
    return stored.copy_for_translation(locale(language)).specific, True


def publish(page, fields):
    """Set `fields` and publish the page, its stream fields stored as the admin stores
    them: every block and list item with the id its translations are keyed by."""
    for name, value in fields.items():
        setattr(page, name, value)
    for name in stream_fields(type(page)):
        raw_data = list(getattr(page, name).raw_data)
        setattr(page, name, with_block_ids(type(page), name, raw_data))
    page.save_revision().publish()


def section_pages(loader, homes, model, name, show_in_menus=True):
    """A page of `model` under each language's home (an index, the search page…),
    with the words of `content/sections/<name>.toml`: created in the default language,
    then translated; what exists is kept."""
    texts = read(f"sections/{name}")
    key = demo_key(name)
    pages = {}
    languages = [language for language in site_languages() if language in texts]
    for language in languages:
        existing = model.objects.filter(translation_key=key, locale__language_code=language).first()
        if existing is not None:
            pages[language] = existing
            continue
        fields = {**texts[language], "show_in_menus": show_in_menus}
        if language == languages[0]:
            page = model(translation_key=key, **fields)
            homes[language].add_child(instance=page)
        else:
            page, _created = translated_page(pages[languages[0]], language)
        publish(page, fields)
        pages[language] = page
        loader.log(f"{model._meta.verbose_name} ({language})")
    return pages


def page_in_every_language(
    loader, model, key, data, indexes, fill, prepare_original=None, label=""
):
    """A demo page of `model` under `indexes` (one per language), in each language of
    its file's `data`.

    The original, in the default language, is created first — `prepare_original(page)`
    adds what only the original sets (an image, dates, chosen pages), which translations
    receive as synchronised fields — and the others are its translations.
    `fill(page, language)` writes each language's words. What exists is kept.
    """
    original = None
    for language in site_languages():
        if language not in data:
            continue
        existing = model.objects.filter(translation_key=key, locale__language_code=language).first()
        if existing is not None:
            original = original or existing
            continue
        if original is None:
            page = model(translation_key=key, locale=locale(language))
            fill(page, language)
            if prepare_original is not None:
                prepare_original(page)
            indexes[language].add_child(instance=page)
        else:
            page, _created = translated_page(original, language)
            fill(page, language)
        publish(page, {})
        original = original or page
        loader.log(f"{label} ({language})")


def terms(model, slugs, language):
    """The vocabulary terms a demo file names by their English slugs, in `language`,
    in the file's order."""
    english = {term.slug: term for term in model.objects.filter(locale__language_code="en")}
    return [english[slug].get_translation(locale(language)) for slug in slugs]


def term(model, slug, language):
    """One term, as `terms`; None when the file names none."""
    return terms(model, [slug], language)[0] if slug else None
