"""Translating with wagtail-localize as the admin does, without the browser."""

from urllib.parse import urlencode

from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def start_translation(page, language_code):
    """Submit a page for translation into a language, as "Translate this page" does."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    return translation


def translate_strings(translation, prefix="FR "):
    """Translate every segment that has no translation yet: "FR " + the source text."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def save_target(translation, publish=True):
    """Write the translated page; wagtail-localize publishes it once the transaction
    commits, so the test runs those on-commit callbacks as a real request would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)


def sync(page, translation, publish=True):
    """What "Sync translated pages" does after the source page was edited and published."""
    translation.source.update_from_db()
    save_target(translation, publish=publish)
    return page.get_translation(translation.target_locale).specific


def untranslated_strings(translation):
    """The source texts still waiting for a translation in the target language."""
    translated = StringTranslation.objects.filter(locale=translation.target_locale).values_list(
        "translation_of_id", "context_id"
    )
    pending = []
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if (segment.string_id, segment.context_id) not in set(translated):
            pending.append(segment.string.data)
    return pending


def edit_string(client, translation, source_text, value):
    """Type a translation of one source text in the translation editor, as `client`."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    return client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
