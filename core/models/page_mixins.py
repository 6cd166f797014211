from django.db import models
from wagtail.models import PageViewRestriction

from core.restrictions import is_private
from core.translation import localize_terms
from core.vocabulary_fields import VocabularyPageForm


class RememberedPrivacyMixin:
    """Wagtail checks a page's view restrictions each time it serves it (two queries).
    Most pages are in no private section, which `core.restrictions` knows without
    asking; a page in one gets Wagtail's own check."""

    def get_view_restrictions(self):
        if not is_private(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class LocalizedTaxonomyMixin(models.Model):
    """Keeps a page's vocabulary links in the page's own language.

    A translation starts as a copy of its source page, so its sectors,
    territory… are the source language's terms. On every save (a copy, a
    wagtail-localize sync, an editor's change) each term is swapped for its
    translation in the page's locale, so filters and cards in that language
    find and show it. A preview (wagtail-localize's editor previews a translation
    it has not saved) shows the same terms. Name the fields in
    `localized_taxonomy_fields`; declare them `SynchronizedField`s, so translating a
    page never makes translation jobs of the shared terms. The page's edit form
    offers only the terms of its language (`core.vocabulary_fields`).
    """

    localized_taxonomy_fields = ()
    base_form_class = VocabularyPageForm

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.localize_taxonomy()
        return super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        self.localize_taxonomy()
        return super().serve_preview(request, mode_name)

    def localize_taxonomy(self):
        if not self.locale_id:
            return
        for name in self.localized_taxonomy_fields:
            field = self._meta.get_field(name)
            if field.many_to_many:
                terms = list(getattr(self, name).all())
                if any(term.locale_id != self.locale_id for term in terms):
                    setattr(self, name, localize_terms(terms, self.locale))
            else:
                term = getattr(self, name)
                if term is not None and term.locale_id != self.locale_id:
                    setattr(self, name, localize_terms([term], self.locale)[0])


class SocialMetaMixin:
    """What link previews and search engines are told about a page.

    Pages override `meta_description` or `social_image` where they have better
    fields (a story's summary, its hero image).
    """

    @property
    def meta_description(self):
        return self.search_description or getattr(self, "introduction", "") or ""

    social_image_fields = ("hero_image",)

    @property
    def social_image(self):
        """The first image the page has among `social_image_fields`; None lets the
        site's default sharing image (`SocialMediaSettings`) stand in."""
        for name in self.social_image_fields:
            image = getattr(self, name, None)
            if image is not None:
                return image
        return None
