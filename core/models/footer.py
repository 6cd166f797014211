from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from core.blocks import LinkBlock


class Footer(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model
):
    """The site footer, one per language, translated like any other content.

    Edited like a page: changes are saved as drafts, previewed, published (or
    scheduled), and every published version can be compared and restored. Visitors
    see the published footer of their language; while a language has none, the
    default language's (see `core.templatetags.navigation_tags.site_footer`). A new
    translation starts as a draft.
    """

    about = RichTextField(
        _("about Soleil"),
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph on who runs the site and why."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Legal notice, privacy, contact, accessibility statement…"),
    )
    licence_note = models.CharField(
        _("licence note"),
        max_length=255,
        blank=True,
        help_text=_("For example: Content under CC BY-SA 4.0 unless stated otherwise."),
    )

    panels = [FieldPanel("about"), FieldPanel("links"), FieldPanel("licence_note")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})")).format(language=self.locale.get_display_name())

    def get_preview_template(self, request, mode_name):
        return "core/footer_preview.html"
