"""The content languages as the admin names them, built from `LANGUAGES`.

`LANGUAGES` is the one list of the site's languages; everything else about a language
is looked up by its code, with a default for a language nobody described. Here: the
name the admin gives a content language inside a sentence ("Publicar en inglés",
"Publier en espagnol"), from `CONTENT_LANGUAGE_NAMES`; a language missing there is
named as Django's own catalogues name it, in the reader's language.
"""

from django.utils.translation import get_language_info


def content_language_name(language_code, own_name, names):
    if language_code in names:
        return names[language_code]
    try:
        return get_language_info(language_code)["name_translated"]
    except KeyError:  # a language Django does not know: its own name, as visitors see it
        return own_name


def content_languages(languages, names):
    """`WAGTAIL_CONTENT_LANGUAGES`: (code, name in the admin) for each of `languages`."""
    return [(code, content_language_name(code, own_name, names)) for code, own_name in languages]
