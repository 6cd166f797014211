"""A page the demo leaves to the translators.

It is written and published in Spanish and sent for translation into French and
English with wagtail-localize, as an editor does with "Translate": the French and
English versions wait as drafts. A translator who logs in (translator-fr, …) finds
it in their language's tree and translates it in wagtail-localize's editor; the
translation coverage report counts it as a draft.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.demo.building import LANGUAGES, demo_key, publish, stream_data
from home.models import StandardPage

PAGE = {
    "title": "Cómo traducimos Soleil",
    "slug": "como-traducimos",
    "introduction": (
        "Cada historia, módulo y evento se escribe en un idioma y se traduce a los otros dos "
        "dentro del propio gestor de contenidos."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Quien escribe publica primero en su idioma y envía la página a traducir. "
                "Las traducciones esperan como borradores hasta que alguien del equipo de "
                "traducción las revisa y las publica: nada sin traducir llega al público.</p>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>Traducimos con las palabras del sector: mercado social, finanzas éticas, "
                "comunidad energética. Los vocabularios del sitio dicen cómo se llama cada "
                "término en cada idioma, y conviene seguirlos.</p>"
            ),
        ),
        (
            "quote",
            {
                "quote": "Una buena traducción se lee como si se hubiera escrito en su idioma.",
                "attribution": "",
            },
        ),
    ],
}


class TranslationWorkDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        key = demo_key("translation-work")
        if StandardPage.objects.filter(translation_key=key).exists():
            return
        page = StandardPage(
            translation_key=key,
            title=PAGE["title"],
            slug=PAGE["slug"],
            introduction=PAGE["introduction"],
            body=[],
        )
        homes["es"].add_child(instance=page)
        publish(page, {"body": stream_data(PAGE["body"], {})})
        self.loader.log("page waiting for translation (es)")
        source, _created = TranslationSource.get_or_create_from_instance(page)
        for language in LANGUAGES[1:]:
            translation = Translation.objects.create(
                source=source, target_locale=Locale.objects.get(language_code=language)
            )
            translation.save_target(publish=False)
            self.loader.log(f"draft translation to do ({language})")
