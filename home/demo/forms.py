"""The demo "Get involved" form under each home page, from `content/forms/get-involved.toml`."""

from engagement.models import GetInvolvedFormField, GetInvolvedPage
from home.demo.building import demo_key, publish, site_languages, translated_page
from home.demo.content import read


class FormDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        form = read("forms/get-involved")
        key = demo_key("get-involved")
        pages = {}
        languages = [language for language in site_languages() if language in form]
        for language in languages:
            existing = GetInvolvedPage.objects.filter(
                translation_key=key, locale__language_code=language
            ).first()
            if existing is not None:
                pages[language] = existing
                continue
            if language == languages[0]:
                page = self.create_original(homes[language], key, form, language)
            else:
                page, _created = translated_page(pages[languages[0]], language)
            self.fill(page, form[language])
            pages[language] = page
            self.loader.log(f"get involved form ({language})")
        return pages

    def create_original(self, home, key, form, language):
        """The form in the default language: its labels name the stored answers."""
        content = form[language]
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
                **form["field_types"][order],
            )
            for order, texts in enumerate(content["fields"])
        ]
        home.add_child(instance=page)
        return page

    def fill(self, page, content):
        fields = list(page.form_fields.all())
        for field, texts in zip(fields, content["fields"], strict=True):
            field.label = texts["label"]
            field.help_text = texts.get("help_text", "")
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
