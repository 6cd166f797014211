"""The form translated with wagtail-localize: translators translate every label and
choice; field names and types stay those of the Spanish form."""

from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from engagement.models import GetInvolvedPage

FRENCH = {
    "Participa": "Participer",
    "participa": "participer",
    "Nombre": "Nom",
    "Correo electrónico": "Adresse électronique",
    "¿Cómo quieres participar?": "Comment souhaitez-vous participer\u00a0?",
    "Mensaje": "Message",
    "Acepto el aviso de privacidad": "J’accepte la notice de confidentialité",
}


def translate_segments(source, locale):
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        original = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": FRENCH.get(original, "FR " + original)},
        )


def translate_with_localize(page):
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=french)
    translate_segments(source, french)
    translation.save_target(publish=True)
    return source, GetInvolvedPage.objects.get(translation_key=page.translation_key, locale=french)


def test_labels_and_choices_are_offered_to_translators(form_page, homes):
    source, _french = translate_with_localize(form_page)

    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Correo electrónico", "¿Cómo quieres participar?", "Mensaje"} <= strings
    assert any("Hacer voluntariado" in string for string in strings)
    assert "email" not in strings  # the field type is synchronised, not translated
    assert "correo_electronico" not in strings  # so is the stored field name


def test_translated_form_shows_french_labels_and_stores_the_same_fields(form_page, homes):
    _source, french = translate_with_localize(form_page)
    french.save_revision().publish()  # translations start as drafts here

    fields = list(french.form_fields.all())
    assert [field.label for field in fields][:2] == ["Nom", "Adresse électronique"]
    assert {field.locale.language_code for field in fields} == {"fr"}
    assert [field.clean_name for field in fields] == [
        field.clean_name for field in form_page.form_fields.all()
    ]
    page = Client().get(french.url)
    assert "Adresse électronique" in page.text
    assert "Correo electrónico" not in page.text

    Client().post(
        french.url,
        {
            "correo_electronico": "claire@example.fr",
            "como_quieres_participar": fields[2].choices.splitlines()[1],
            "acepto_el_aviso_de_privacidad": "on",
        },
        REMOTE_ADDR="192.0.2.44",
    )
    assert FormSubmission.objects.get(page=french).get_data()["correo_electronico"] == (
        "claire@example.fr"
    )
