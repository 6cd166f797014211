"""The seeded vocabularies, as tests name their terms."""

from wagtail.models import Locale


def term(model, english_name, language="es"):
    """A seeded vocabulary term, named in English, in the given language."""
    english = model.objects.get(locale__language_code="en", name=english_name)
    return english.get_translation(Locale.objects.get(language_code=language))
