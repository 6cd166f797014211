"""A French translation points its worksheet at the French file, and keeps it
when the Spanish module changes and the translation is synced."""

import json

from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from curriculum.models import ModulePage


def translate_strings(source, locale):
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": "FR " + segment.string.data},
        )


def test_french_resource_file_survives_a_sync(make_module, make_document, curriculum_indexes):
    spanish_file = make_document("Ficha", "ficha-es.pdf")
    french_file = make_document("Fiche", "fiche-fr.pdf")
    module = make_module(title="Consumo", slug="consumo", documents=[spanish_file])
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(module)
    translation = Translation.objects.create(source=source, target_locale=french)
    translate_strings(source, french)
    document_segment = OverridableSegment.objects.get(
        source=source, context__path__endswith=".document"
    )
    SegmentOverride.objects.create(
        locale=french, context=document_segment.context, data_json=json.dumps(french_file.pk)
    )
    translation.save_target(publish=True)

    def french_module():
        return ModulePage.objects.get(translation_key=module.translation_key, locale=french)

    assert french_module().downloadable_resources()[0].document == french_file

    module.summary = "Un módulo revisado."
    module.save_revision().publish()
    source.update_from_db()
    translate_strings(source, french)
    translation.save_target(publish=True)

    assert french_module().summary == "FR Un módulo revisado."
    assert french_module().downloadable_resources()[0].document == french_file
    assert module.downloadable_resources()[0].document == spanish_file
