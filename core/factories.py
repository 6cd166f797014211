"""Test factories for the shared vocabularies and the footer, and translations of pages."""

import factory
from django.utils.text import slugify
from wagtail.models import Locale

from core.models import Footer, Sector, Territory


def locale(language_code="es"):
    return Locale.objects.get(language_code=language_code)


class TermFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(locale)
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True


class SectorFactory(TermFactory):
    class Meta:
        model = Sector


class TerritoryFactory(TermFactory):
    kind = Territory.Kind.REGION

    class Meta:
        model = Territory


class FooterFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(locale)
    about = "<p>Soleil</p>"

    class Meta:
        model = Footer


def translate_page(page, language_code, publish=True, **fields):
    """Copy a page into another language, set its translated fields, and publish it.

    The copy keeps the page's translation key, as a translation made in the
    admin does; `publish=False` leaves it as an unpublished draft.
    """
    source = type(page).objects.get(pk=page.pk)  # as stored, not as held in memory
    translation = source.copy_for_translation(locale(language_code)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
        translation.refresh_from_db()
    return translation
