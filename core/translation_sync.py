"""A translator brings their own translation up to date with its source, as a draft.

wagtail-localize's "Sync translated pages" is an action on the source page, for people
who may submit translations: it takes a new copy of the source and, when asked,
publishes every language at once. A translator has no rights on the source and must
publish nothing but their own language, so they get `sync_as_draft`, built from the
same pieces (`TranslationSource.update_from_db`, the translated instance wagtail-localize
makes from the source and the translation memory, `Translation.save_target`):

- it takes a new copy of the source (the copy is shared by every language: the other
  languages' editors show the new text too, and the report counts them as to update,
  but their pages, drafts and translated segments are left as they are);
- it writes the translated page of this one language as a new draft revision: the
  segments already translated keep their translation, the changed ones show the
  source's text until they are translated, synchronised fields take the source's value;
- it never publishes. A live page gets a revision only: its row, which visitors see,
  is not saved (`save_target(publish=False)` would save it first).
"""

from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog


def translated_text(translation, path):
    """The source segment at a field path and its translation in the target language
    (None when untranslated), or (None, None) when the source has no such segment."""
    segment = (
        StringSegment.objects.filter(source_id=translation.source_id, context__path=path)
        .select_related("string", "context")
        .first()
    )
    if segment is None:
        return None, None
    translated = StringTranslation.objects.filter(
        translation_of_id=segment.string_id,
        context_id=segment.context_id,
        locale_id=translation.target_locale_id,
        has_error=False,
    ).first()
    return segment, translated


def slug_from_title(translation, user=None):
    """Give the translated page a slug made from its translated title, when its
    translator has not given one (in the editor's Promote tab) and the title is
    translated; otherwise the page would keep the source language's slug. Returns the
    slug given, or None."""
    slug_segment, slug = translated_text(translation, "slug")
    if slug_segment is None or slug is not None:
        return None
    _title_segment, title = translated_text(translation, "title")
    if title is None or not slugify(title.data):
        return None
    given = slugify(title.data)[:255]
    StringTranslation.objects.create(
        translation_of_id=slug_segment.string_id,
        context_id=slug_segment.context_id,
        locale_id=translation.target_locale_id,
        data=given,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=user,
    )
    return given


def save_draft_revision(translation, user):
    """A new draft revision of the live translated page from the source and the
    translation memory, without saving the page's row."""
    source, locale = translation.source, translation.target_locale
    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    localize_taxonomy = getattr(draft, "localize_taxonomy", None)
    if localize_taxonomy is not None:
        localize_taxonomy()
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    source.update_target_view_restrictions(locale)


@transaction.atomic
def sync_as_draft(translation, user=None):
    """Bring one translation up to date with its source as a draft (see the module's
    docstring). Raises ValidationError when the draft would not be valid; nothing is
    changed then."""
    translation.source.update_from_db()
    slug_from_title(translation, user)
    page = translation.get_target_instance()
    if isinstance(page, Page) and page.live:
        save_draft_revision(translation, user)
    else:
        translation.save_target(user=user, publish=False)
