"""Admin view "Update from the source": a translator brings one translation of a page up
to date with its source, as a draft (`core.translation_sync.sync_as_draft`).

GET says what will happen; POST does it and opens the translation editor, where the
changed segments wait. Whoever may edit the translated page may do it, with no right
on the source page; a translation into another language than the user's gets the
explanatory 403 of `core.language_scope`.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.models import Page

from core.language_scope import other_language_response
from core.permissions import can_work_in_locale
from core.translation_coverage import page_translations
from core.translation_sync import sync_as_draft


class UpdateFromSourceView(TemplateView):
    template_name = "core/translation_update.html"

    def dispatch(self, request, translation_id):
        self.translation = get_object_or_404(
            page_translations(), pk=translation_id, source_page_id__isnull=False
        )
        try:
            self.page = self.translation.get_target_instance()
        except ObjectDoesNotExist as err:
            raise Http404 from err
        if not isinstance(self.page, Page):
            raise Http404
        locale = self.translation.target_locale
        if not can_work_in_locale(request.user, locale.pk):
            return other_language_response(request, locale.language_code)
        permissions = self.page.permissions_for_user(request.user)
        if not permissions.can_edit():
            raise PermissionDenied
        self.locked = permissions.page_locked()
        return super().dispatch(request, translation_id)

    def editor_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def get_context_data(self, **kwargs):
        source = self.translation.source
        return super().get_context_data(
            page=self.page,
            translation=self.translation,
            source_language=source.locale.get_display_name(),
            target_language=self.translation.target_locale.get_display_name(),
            locked=self.locked,
            editor_url=self.editor_url(),
            **kwargs,
        )

    def post(self, request, translation_id):
        if self.locked:
            messages.error(request, _("This page is locked: it cannot be updated now."))
            return redirect(request.path)
        try:
            sync_as_draft(self.translation, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("The update could not be saved as a draft, so nothing was changed: %(error)s")
                % {"error": " ".join(error.messages)},
            )
            return redirect(self.editor_url())
        pending = page_translations().get(pk=self.translation.pk).pending_segments
        source_language = self.translation.source.locale.get_display_name()
        if pending:
            message = ngettext(
                "Updated from the source (%(language)s) as a draft: "
                "%(count)s segment to translate.",
                "Updated from the source (%(language)s) as a draft: "
                "%(count)s segments to translate.",
                pending,
            ) % {"language": source_language, "count": pending}
        else:
            message = _(
                "Updated from the source (%(language)s) as a draft: every segment is translated."
            ) % {"language": source_language}
        messages.success(request, message)
        return redirect(self.editor_url())
