from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="image")
class SocialMediaSettings(BaseSiteSetting):
    """What link previews fall back on when a page has no image of its own."""

    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without its own image is shared. At least 1200 × 630 pixels."
        ),
    )
    twitter_handle = models.CharField(
        _("X/Twitter account"),
        max_length=15,
        blank=True,
        help_text=_("Without the @. Leave empty if the site has no account."),
    )

    panels = [FieldPanel("default_social_image"), FieldPanel("twitter_handle")]

    class Meta:
        verbose_name = _("social media")
        verbose_name_plural = _("social media")
