from django.db import models
from django.utils.translation import gettext_lazy as _


class HeroImageMixin(models.Model):
    """A page's main image and its alternative text, named alike on every page type
    that has one, so templates, cards and link previews read `hero_image` and
    `hero_alt` whatever the page. Pages declare `SynchronizedField("hero_image")` and
    `TranslatableField("hero_alt")`: the image is the same in every language, its
    description is translated."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; empty if decorative."),
    )

    class Meta:
        abstract = True
