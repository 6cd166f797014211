"""Small tools the demo loaders share: stable keys, translations, publishing."""

import uuid

from wagtail.models import Locale

from core.streams import stream_fields, with_block_ids

LANGUAGES = ("es", "fr", "en")
DEMO_NAMESPACE = uuid.UUID("7a1c2f4e-5b0d-4e8f-9c36-50be11de0000")


def demo_key(name):
    """A stable translation key for a demo object, the same on every installation."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def stream_data(body, page_ids):
    """Turn a (type, value) body from the demo texts into StreamField data,
    replacing page names ("about") by the ids of those pages."""

    def resolve(value):
        if isinstance(value, dict):
            resolved = {key: resolve(item) for key, item in value.items()}
            if "page" in value:
                resolved["page"] = page_ids.get(value["page"])
            return resolved
        return value

    return [{"type": block_type, "value": resolve(value)} for block_type, value in body]


def translated_page(source, language):
    """The page's translation in this language, created as a copy when missing."""
    locale = Locale.objects.get(language_code=language)
    translation = source.get_translation_or_none(locale)
    if translation is not None:
        return translation.specific, False
    stored = type(source).objects.get(pk=source.pk)  # child objects as saved, with their ids
    return stored.copy_for_translation(locale).specific, True


def publish(page, fields):
    streams = stream_fields(type(page))
    for name, value in fields.items():
        if name in streams and isinstance(value, list):
            value = with_block_ids(type(page), name, value)
        setattr(page, name, value)
    page.save_revision().publish()


def section_pages(loader, homes, model, name, texts, show_in_menus=True):
    """A page of `model` under each language's home (an index, the search page…):
    created in Spanish, then translated, each with its language's `texts`; what
    exists is kept."""
    key = demo_key(name)
    pages = {}
    for language in LANGUAGES:
        existing = model.objects.filter(translation_key=key, locale__language_code=language).first()
        if existing is not None:
            pages[language] = existing
            continue
        fields = {**texts[language], "show_in_menus": show_in_menus}
        if language == "es":
            page = model(translation_key=key, **fields)
            homes["es"].add_child(instance=page)
        else:
            page, _created = translated_page(pages["es"], language)
        publish(page, fields)
        pages[language] = page
        loader.log(f"{model._meta.verbose_name} ({language})")
    return pages


def page_in_every_language(loader, model, key, parent, fill, prepare_original=None, label=""):
    """A demo page of `model` in each language, under `parent` (the Spanish index).

    The Spanish original is created first — `prepare_original(page)` adds what only
    the original sets (an image, dates, chosen pages), which translations receive as
    synchronised fields — and the others are its translations. `fill(page, language)`
    writes each language's texts. What exists is kept.
    """
    spanish = None
    for language in LANGUAGES:
        existing = model.objects.filter(translation_key=key, locale__language_code=language).first()
        if existing is not None:
            spanish = spanish or existing
            continue
        if language == "es":
            page = model(translation_key=key, locale=Locale.objects.get(language_code=language))
            fill(page, language)
            if prepare_original is not None:
                prepare_original(page)
            parent.add_child(instance=page)
        else:
            page, _created = translated_page(spanish, language)
            fill(page, language)
        publish(page, {})
        spanish = spanish or page
        loader.log(f"{label} ({language})")
