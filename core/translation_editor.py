"""What wagtail-localize's translation editor tells a translator.

Registered as a `before_edit_page` hook that runs before wagtail-localize's own: on
opening the editor, it says when the source changed since the translation was last
brought up to date (with a button to update it, `core.translation_update`), and which
vocabulary terms the page uses that have no version in the translation's language yet
(page translations never create or change shared terms).
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages as admin_messages
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.translation import untranslated_terms
from core.translation_coverage import page_translations


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


def before_edit_translation(request, page):
    if not isinstance(page, Page):
        return None
    translation = editor_translation(page)
    if translation is None:
        return None
    if request.method == "POST":
        return None
    announce_source_changes(request, translation)
    announce_missing_terms(request, translation)
    return None
