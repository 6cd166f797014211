"""wagtail-localize's own records for a sample of bulk originals.

The bulk translations are what `copy_for_translation` leaves; wagtail-localize knows
nothing of them, as of the demo's translations. For a few originals this writes what
"Translate" and a translator's work in its editor leave — a `TranslationSource` with
its segments (`TranslationSource.get_or_create_from_instance`, wagtail-localize's
own call), a `Translation` per target language and a `StringTranslation` for every
text, read from the bulk translation itself — so the translation editor opens on
those translations fully translated, and "Sync translated pages" rewrites the same
words. Costly (hundreds of queries a page), hence a sample.
"""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def texts_of(page):
    """The page's translatable texts, by wagtail-localize's segment path."""
    return {
        segment.path: segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }


def localize(family, languages):
    """Records for one original (`family[languages[0]]`) and its translations."""
    model = type(family[languages[0]])
    original = model.objects.get(pk=family[languages[0]].pk)
    source, _created = TranslationSource.get_or_create_from_instance(original)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for language in languages[1:]:
        target = model.objects.get(pk=family[language].pk)
        Translation.objects.get_or_create(source=source, target_locale_id=target.locale_id)
        texts = texts_of(target)
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of=segment.string,
                    locale_id=target.locale_id,
                    context=segment.context,
                    data=texts[segment.context.path],
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
                for segment in segments
                if segment.context.path in texts
            ],
            ignore_conflicts=True,
        )
