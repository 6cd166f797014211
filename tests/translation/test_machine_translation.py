"""Machine translation: DeepL when a key is configured, nothing without one; the
tests use wagtail-localize's dummy translator."""

from home.factories import StandardPageFactory
from sse_site.settings.machine_translation import deepl_translator
from tests.translation.localize import start_translation, untranslated_strings


def test_no_key_means_no_machine_translator():
    assert deepl_translator("", "prefer_less", []) is None


def test_a_key_configures_deepl_with_formality_and_glossaries():
    config = deepl_translator("abc:fx", "prefer_less", ["es:fr=g-1", "ES:EN = g-2", "broken"])

    assert config["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert config["OPTIONS"] == {
        "AUTH_KEY": "abc:fx",
        "FORMALITY": "prefer_less",
        "GLOSSARY_IDS": {("ES", "FR"): "g-1", ("ES", "EN"): "g-2"},
    }


def test_the_translation_editor_fills_every_string_with_the_machine_translator(admin_client, homes):
    page = StandardPageFactory(parent=homes["es"], title="Quiénes somos", introduction="Hola.")
    translation = start_translation(page, "fr")
    translation.save_target(publish=False)

    response = admin_client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")

    assert response.status_code == 302
    assert untranslated_strings(translation) == []
