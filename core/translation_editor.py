"""What wagtail-localize's translation editor tells a translator, and its "Publish".

Registered as a `before_edit_page` hook that runs before wagtail-localize's own:

- on opening the editor, it says when the source changed since the translation was
  last brought up to date (with a button to update it, `core.translation_update`),
  and which vocabulary terms the page uses that have no version in the translation's
  language yet (page translations never create or change shared terms);
- on "Publish", it does what wagtail-localize's editor does (`Translation.save_target`),
  but first gives the page a slug from its translated title when the translator gave
  none (`core.translation_sync.slug_from_title`), and its message names the segments
  still shown in the source language.
"""

from django.contrib import messages
from django.core.exceptions import (
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages as admin_messages
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from core.translation import untranslated_terms
from core.translation_coverage import page_translations
from core.translation_sync import slug_from_title

LISTED_AT_MOST = 10


def editor_translation(page):
    """The enabled translation whose editor replaces the page's edit view, or None."""
    if page.alias_of_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale", "target_locale")
        .first()
    )


def field_label(model, path):
    try:
        return capfirst(model._meta.get_field(path.split(".")[0]).verbose_name)
    except FieldDoesNotExist:
        return path


def untranslated_segments(translation):
    """(field, source text) of each segment without a translation in the target language,
    in the order of the source."""
    model = translation.source.specific_content_type.model_class()
    pending = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )
    return [
        (field_label(model, segment.context.path), strip_tags(segment.string.data))
        for segment in pending
    ]


def listed(items):
    """A list for a message: at most LISTED_AT_MOST items, then how many more."""
    lines = [
        _("%(field)s: “%(text)s”") % {"field": label, "text": Truncator(text).chars(80)}
        for label, text in items[:LISTED_AT_MOST]
    ]
    if len(items) > LISTED_AT_MOST:
        lines.append(_("and %(count)s more") % {"count": len(items) - LISTED_AT_MOST})
    return lines


def warn_with_list(request, message, items, buttons=None):
    detail = format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in items)))
    messages.warning(request, admin_messages.render(message, buttons, detail=detail))


def announce_source_changes(request, translation):
    state = page_translations().filter(pk=translation.pk).values("source_changed").first()
    if state is None or not state["source_changed"]:
        return
    admin_messages.warning(
        request,
        _(
            "The source page (%(language)s) changed after this translation was last brought "
            "up to date: the editor still shows its earlier version."
        )
        % {"language": translation.source.locale.get_display_name()},
        buttons=[
            admin_messages.button(
                reverse("translation_update_from_source", args=[translation.pk]),
                _("Update from the source"),
            )
        ],
    )


def announce_missing_terms(request, translation):
    try:
        source_page = translation.source.get_source_instance()
    except ObjectDoesNotExist:
        return
    missing = untranslated_terms(source_page, translation.target_locale)
    if not missing:
        return
    warn_with_list(
        request,
        _(
            "These vocabulary terms have no version in %(language)s yet, so the page shows "
            "them in %(source_language)s. They are shared by every page: an editor adds "
            "them under Vocabularies, not in this translation."
        )
        % {
            "language": translation.target_locale.get_display_name(),
            "source_language": translation.source.locale.get_display_name(),
        },
        [
            _("%(field)s: %(value)s") % {"field": capfirst(label), "value": term}
            for label, term in missing
        ],
    )


def publish(request, translation, page):
    """wagtail-localize's "Publish" in the translation editor, with a slug and a message
    that names what is still untranslated."""
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    locale = translation.target_locale.get_display_name()
    slug_from_title(translation, request.user)
    try:
        translation.save_target(user=request.user, publish=True)
    except ValidationError:
        messages.error(
            request,
            _(
                "New validation errors were found when publishing '{object}' in {locale}. "
                "Please fix them or click publish again to ignore these translations for now."
            ).format(object=str(page), locale=locale),
        )
        return redirect(request.path)
    page.refresh_from_db()
    missing = untranslated_segments(translation)
    if missing:
        warn_with_list(
            request,
            _(
                "Published '%(object)s' in %(locale)s. These segments are not translated "
                "yet, so visitors read them in %(source_language)s:"
            )
            % {
                "object": page.title,
                "locale": locale,
                "source_language": translation.source.locale.get_display_name(),
            },
            listed(missing),
        )
    else:
        messages.success(
            request, _("Published '{object}' in {locale}.").format(object=page.title, locale=locale)
        )
    return redirect(request.path)


def before_edit_translation(request, page):
    if not isinstance(page, Page):
        return None
    translation = editor_translation(page)
    if translation is None:
        return None
    if request.method == "POST":
        if request.POST.get("action") == "publish":
            return publish(request, translation, page)
        return None
    announce_source_changes(request, translation)
    announce_missing_terms(request, translation)
    return None
