import uuid

from django.db import migrations
from django.utils.text import slugify

from . import _vocabulary_terms as terms

NAMESPACE = uuid.UUID("5f0b5c3e-2d1a-4c1e-9a57-50be11000000")
LANGUAGES = ("es", "fr", "en")


def translation_key(vocabulary, english_name):
    return uuid.uuid5(NAMESPACE, f"{vocabulary}:{english_name}")


def create_term(model, locales, vocabulary, names, sort_order=0, **synchronised):
    key = translation_key(vocabulary, names[-1])
    created = {}
    for language, name in zip(LANGUAGES, names, strict=True):
        fields = {field: value for field, value in synchronised.items() if field != "parent"}
        if "parent" in synchronised:
            fields["parent"] = synchronised["parent"][language]
        created[language], _ = model.objects.get_or_create(
            translation_key=key,
            locale=locales[language],
            defaults={"name": name, "slug": slugify(name), "sort_order": sort_order, **fields},
        )
    return created


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}

    def vocabulary(model_name, rows, ordered):
        model = apps.get_model("core", model_name)
        for position, names in enumerate(rows, start=1):
            create_term(model, locales, model_name, names, sort_order=position if ordered else 0)

    vocabulary("Sector", terms.SECTORS, ordered=False)
    vocabulary("OrganisationForm", terms.ORGANISATION_FORMS, ordered=True)
    vocabulary("EducationLevel", terms.EDUCATION_LEVELS, ordered=True)
    vocabulary("EventType", terms.EVENT_TYPES, ordered=True)
    vocabulary("Topic", terms.TOPICS, ordered=True)

    SDG = apps.get_model("core", "SDG")
    for number, names in enumerate(terms.SDGS, start=1):
        create_term(SDG, locales, "SDG", names, sort_order=number, number=number)

    Territory = apps.get_model("core", "Territory")
    for code, *names in terms.COUNTRIES:
        country = create_term(Territory, locales, "Territory", names, kind="country", code=code)
        for region_code, *region_names in terms.REGIONS[code]:
            create_term(
                Territory, locales, "Territory", region_names,
                kind="region", code=region_code, parent=country,
            )


class Migration(migrations.Migration):
    dependencies = [("core", "0002_create_locales")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
