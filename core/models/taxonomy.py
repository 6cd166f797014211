"""Shared vocabularies: translatable snippets every content app links to.

Each term exists once per locale; its translations share a `translation_key`.
Names and slugs are translated (`/es/…?sector=energias-renovables`,
`/fr/…?sector=energies-renouvelables`), so a slug is unique within a locale,
not across locales.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.sorting import folded


class Term(RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A vocabulary term. Saved, it is live at once (filters and pages use it); each
    save is kept as a revision, so its history can be read, compared and restored."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_("Used in web addresses and filters. Leave empty to make one from the name."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two sentences shown where the term has a page or a tooltip."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"),
        default=0,
        help_text=_("Lower numbers come first in lists and filters; equal numbers sort by name."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_slug_unique_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        if not self.slug:
            raise ValidationError({"slug": _("Enter a slug: the name gives none.")})
        clash = type(self).objects.filter(locale_id=self.locale_id, slug=self.slug)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        if self.locale_id and clash.exists():
            raise ValidationError(
                {"slug": _("Another term in this language already uses this slug.")}
            )

    @property
    def filter_order(self):
        """Where the term comes among its language's terms, in the public filters and in
        the admin's forms: by sort order, then by name (accents aside)."""
        return (self.sort_order, folded(self.name))


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class OrganisationForm(Term):
    class Meta(Term.Meta):
        verbose_name = _("organisation form")
        verbose_name_plural = _("organisation forms")


class Territory(Term):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        REGION = "region", _("Region")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REGION)
    code = models.CharField(
        _("code"),
        max_length=10,
        blank=True,
        help_text=_("ISO 3166 code: ES or FR for a country, ES-CT or FR-BRE for a region."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="regions",
        limit_choices_to={"kind": "country"},
        help_text=_("The country a region belongs to. Leave empty for a country."),
    )

    panels = Term.panels + [FieldPanel("kind"), FieldPanel("code"), FieldPanel("parent")]
    translatable_fields = Term.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("code"),
        SynchronizedField("parent"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("territory")
        verbose_name_plural = _("territories")

    @property
    def filter_order(self):
        """Countries by name, each followed by its regions by name."""
        country = self.parent.name if self.parent_id else self.name
        return (folded(country), 1 if self.parent_id else 0, folded(self.name))

    def clean(self):
        super().clean()
        if self.kind == self.Kind.COUNTRY and self.parent_id:
            raise ValidationError({"parent": _("A country cannot belong to another country.")})
        if self.parent_id and self.parent.locale_id != self.locale_id:
            raise ValidationError({"parent": _("Choose the country in the same language.")})


class SDG(Term):
    """One of the 17 United Nations Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(
        _("goal number"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )

    panels = [FieldPanel("number")] + Term.panels
    translatable_fields = Term.translatable_fields + [SynchronizedField("number")]

    class Meta(Term.Meta):
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self):
        return f"{self.number}. {self.name}"


class EducationLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")


class EventType(Term):
    class Meta(Term.Meta):
        verbose_name = _("event type")
        verbose_name_plural = _("event types")


class Topic(Term):
    """A subject a curriculum module teaches."""

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
