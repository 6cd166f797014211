"""How far each section of the site is translated into each language.

A "page" here is a set of translations sharing a `translation_key`. For every section
(stories, modules, events — registered by their apps with the
`register_translation_section` hook — and "other pages") and every language, a page is
live there, a draft there, or missing. A translation is to update while a segment of it
waits for a translation, or while its source has changed since the translation was last
written from it (see `page_translations`).

Everything is counted in SQL: the number of queries does not depend on the number of
pages.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog

from core.permissions import editable_locale_ids

OTHER_PAGES = "other"


@dataclass(frozen=True)
class TranslationSection:
    """A part of the site counted on its own in the coverage report."""

    key: str
    label: str
    model: type
    order: int = 100


@dataclass
class CoverageRow:
    section: str
    section_label: str
    language_code: str
    language: str
    total: int = 0
    live: int = 0
    draft: int = 0
    to_update: int = 0

    @property
    def missing(self):
        return self.total - self.live - self.draft


def translation_sections():
    """The registered sections, in order; pages of any other type count as "other pages"."""
    sections = sorted(
        (fn() for fn in hooks.get_hooks("register_translation_section")),
        key=lambda section: section.order,
    )
    return sections + [TranslationSection(OTHER_PAGES, _("Other pages"), Page, order=1000)]


def section_by_content_type():
    """{content type id: section key} for the registered page models (one cached lookup)."""
    sections = [s for s in translation_sections() if s.key != OTHER_PAGES]
    content_types = ContentType.objects.get_for_models(
        *(section.model for section in sections), for_concrete_models=False
    )
    return {content_types[section.model].pk: section.key for section in sections}


def content_pages():
    """Every page but the tree's root, unordered so that counts group by what they ask."""
    return Page.objects.filter(depth__gt=1).order_by()


def latest_sync_into_target():
    """When wagtail-localize last wrote the translation in its language (a draft or a
    publication), for a `Translation` queryset."""
    return Subquery(
        TranslationLog.objects.filter(
            source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )


def pending_segment_count():
    """How many of the source's text segments have no usable translation in the
    translation's language, for a `Translation` queryset."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    pending = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(Exists(translated))
        .order_by()
        .values("source_id")
        .annotate(pending=Count("pk"))
        .values("pending")
    )
    return Coalesce(Subquery(pending), 0)


def page_translations():
    """Enabled page translations whose translated page exists, with their state.

    Annotated with the source's publication date, the translated page's id, title and
    content type, `synced_at` (when the translation was last written from the source),
    `pending_segments` and `source_changed`. The source changed when it was published
    after wagtail-localize last took a copy of it, or when that copy was taken (for any
    language) after this translation was last written: in both cases the translated
    page does not have what the source has.
    """
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    target_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id")
    )
    page_content_types = ContentType.objects.filter(
        pk__in=content_pages().values("content_type_id")
    )
    return (
        Translation.objects.filter(
            enabled=True, source__specific_content_type__in=page_content_types
        )
        .annotate(
            source_published_at=Subquery(source_page.values("last_published_at")[:1]),
            source_page_id=Subquery(source_page.values("pk")[:1]),
            target_page_id=Subquery(target_page.values("pk")[:1]),
            target_title=Subquery(target_page.values("title")[:1]),
            target_content_type_id=Subquery(target_page.values("content_type_id")[:1]),
            written_at=latest_sync_into_target(),
            synced_at=Coalesce(F("written_at"), F("source__last_updated_at")),
            pending_segments=pending_segment_count(),
        )
        .annotate(
            source_changed=Case(
                When(
                    Q(source_published_at__gt=F("source__last_updated_at"))
                    | Q(written_at__lt=F("source__last_updated_at")),
                    then=True,
                ),
                default=False,
                output_field=BooleanField(),
            )
        )
        .filter(target_page_id__isnull=False)
        .select_related("source__locale", "target_locale")
    )


def translations_to_update(user=None):
    """The page translations a translator has work on: a segment waits for its
    translation, or the source changed since the translation was last written.

    With `user`, only the translations into the languages that user works in.
    """
    translations = page_translations().filter(Q(source_changed=True) | Q(pending_segments__gt=0))
    locale_ids = editable_locale_ids(user) if user is not None else None
    if locale_ids is not None:
        translations = translations.filter(target_locale_id__in=locale_ids)
    return translations


def coverage_rows():
    """One row per section and language, in section then language order (five queries)."""
    sections = translation_sections()
    section_of = section_by_content_type()
    locale_ids = dict(Locale.objects.values_list("language_code", "pk"))

    totals = defaultdict(int)
    for row in (
        content_pages()
        .values("content_type_id")
        .annotate(pages=Count("translation_key", distinct=True))
    ):
        totals[section_of.get(row["content_type_id"], OTHER_PAGES)] += row["pages"]

    by_state = defaultdict(int)
    for row in (
        content_pages().values("content_type_id", "locale_id", "live").annotate(pages=Count("pk"))
    ):
        section = section_of.get(row["content_type_id"], OTHER_PAGES)
        by_state[(section, row["locale_id"], row["live"])] += row["pages"]

    to_update = defaultdict(int)
    for row in (
        translations_to_update()
        .values("target_content_type_id", "target_locale_id")
        .annotate(translations=Count("pk"))
    ):
        section = section_of.get(row["target_content_type_id"], OTHER_PAGES)
        to_update[(section, row["target_locale_id"])] += row["translations"]

    rows = []
    for section in sections:
        for language_code, language in settings.WAGTAIL_CONTENT_LANGUAGES:
            locale_id = locale_ids.get(language_code)
            if locale_id is None:
                continue
            rows.append(
                CoverageRow(
                    section=section.key,
                    section_label=section.label,
                    language_code=language_code,
                    language=capfirst(language),  # it heads a row: "Francés"
                    total=totals[section.key],
                    live=by_state[(section.key, locale_id, True)],
                    draft=by_state[(section.key, locale_id, False)],
                    to_update=to_update[(section.key, locale_id)],
                )
            )
    return rows
