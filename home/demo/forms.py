"""The demo "Get involved" form under each home page, in es, fr and en."""

from engagement.models import GetInvolvedFormField, GetInvolvedPage
from home.demo.building import LANGUAGES, demo_key, publish, translated_page
from home.demo.form_texts import FIELD_TYPES, GET_INVOLVED


class FormDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        key = demo_key("get-involved")
        pages = {}
        for language in LANGUAGES:
            existing = GetInvolvedPage.objects.filter(
                translation_key=key, locale__language_code=language
            ).first()
            if existing is not None:
                pages[language] = existing
                continue
            if language == "es":
                page = self.create_spanish(homes["es"], key)
            else:
                page, _created = translated_page(pages["es"], language)
            self.fill(page, GET_INVOLVED[language])
            pages[language] = page
            self.loader.log(f"get involved form ({language})")
        return pages

    def create_spanish(self, home, key):
        content = GET_INVOLVED["es"]
        page = GetInvolvedPage(
            translation_key=key,
            title=content["title"],
            slug=content["slug"],
            privacy_notice=content["privacy_notice"],
            thank_you_text=content["thank_you_text"],
        )
        page.form_fields = [
            GetInvolvedFormField(
                sort_order=order,
                label=texts["label"],
                translation_key=demo_key(f"get-involved-field-{order}"),
                **FIELD_TYPES[order],
            )
            for order, texts in enumerate(content["fields"])
        ]
        home.add_child(instance=page)
        return page

    def fill(self, page, content):
        fields = list(page.form_fields.all())
        for field, texts in zip(fields, content["fields"], strict=True):
            field.label = texts["label"]
            field.help_text = texts["help_text"]
            field.choices = texts.get("choices", "")
        page.form_fields = fields
        publish(
            page,
            {
                "title": content["title"],
                "slug": content["slug"],
                "introduction": content["introduction"],
                "privacy_notice": content["privacy_notice"],
                "thank_you_text": content["thank_you_text"],
                "show_in_menus": True,
            },
        )
