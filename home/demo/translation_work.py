"""Pages the demo leaves to the translators (`content/to-translate/`).

Each is written and published in one language and sent for translation into the
site's other languages with wagtail-localize, as an editor does with "Translate": the
translations wait as drafts. A translator who logs in (translator-fr, …) finds the
page in their language's tree and translates it in wagtail-localize's editor; the
translation coverage report counts it as a draft.
"""

from wagtail_localize.models import Translation, TranslationSource

from home.demo.building import demo_key, locale, publish, site_languages, stream_data
from home.demo.content import items
from home.models import StandardPage


class TranslationWorkDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        for name, texts in items("to-translate"):
            self.load_page(homes, name, texts)

    def load_page(self, homes, name, texts):
        key = demo_key(name)
        if StandardPage.objects.filter(translation_key=key).exists():
            return
        (language, content), *_none = texts.items()
        page = StandardPage(
            translation_key=key,
            title=content["title"],
            slug=content["slug"],
            introduction=content["introduction"],
            body=[],
        )
        homes[language].add_child(instance=page)
        publish(page, {"body": stream_data(content["body"], {})})
        self.loader.log(f"page waiting for translation ({language})")
        source, _created = TranslationSource.get_or_create_from_instance(page)
        for target in site_languages():
            if target == language:
                continue
            translation = Translation.objects.create(source=source, target_locale=locale(target))
            translation.save_target(publish=False)
            self.loader.log(f"draft translation to do ({target})")
