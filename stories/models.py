import math

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api_fields import SDGsField, TagNamesField, TermField, TermsField, TerritoryField
from core.kept_lists import kept_pages
from core.listing import FilteredListing, TagFacet, TermFacet, TerritoryFacet
from core.models import (
    SDG,
    ChosenPage,
    HeroImageMixin,
    LocalizedTaxonomyMixin,
    OrganisationForm,
    RememberedPrivacyMixin,
    Sector,
    SocialMetaMixin,
    Territory,
    chosen_page_field,
    chosen_pages,
)
from core.querysets import PageManager
from core.routing import parent_page
from core.translation import localized_choices
from stories.blocks import StoryStreamBlock
from stories.feeds import StoryAtomFeed, StoryRssFeed
from stories.querysets import StoryPageQuerySet
from stories.structured_data import article_structured_data

WORDS_PER_MINUTE = 200
STORIES_PER_PAGE = 12


class StoryIndexPage(RememberedPrivacyMixin, RoutablePageMixin, SocialMetaMixin, Page):
    """The stories of one language (/es/historias/, /fr/recits/, /en/stories/), with
    filters, and their RSS and Atom feeds."""

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def stories(self):
        """The live, public stories under this index (so in its language)."""
        return StoryPage.objects.child_of(self).live().public()

    def filtered_stories(self, params):
        locale = self.locale
        return FilteredListing(
            queryset=self.stories(),
            params=params,
            facets=[
                TermFacet("sector", _("Sector"), Sector, "sectors", locale),
                TermFacet(
                    "form", _("Organisation form"), OrganisationForm, "organisation_form", locale
                ),
                TerritoryFacet("territory", _("Territory"), Territory, "territory", locale),
                TermFacet("sdg", _("Sustainable Development Goal"), SDG, "sdgs", locale, "number"),
                TagFacet("tag", _("Tag"), Tag, "tags"),
            ],
            per_page=STORIES_PER_PAGE,
            display=lambda stories: stories.for_cards().newest_first(),
            cache_key=("stories", self.pk),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.filtered_stories(request.GET)
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    def get_cached_paths(self):
        """What a caching proxy is purged of when the index is: the listing and its feeds."""
        return ["/", "rss/", "atom/"]

    @path("rss/")
    def rss_feed(self, request):
        return StoryRssFeed()(request, index=self)

    @path("atom/")
    def atom_feed(self, request):
        return StoryAtomFeed()(request, index=self)


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class StoryPage(
    RememberedPrivacyMixin, LocalizedTaxonomyMixin, HeroImageMixin, SocialMetaMixin, Page
):
    """A success story: one SSE initiative, told for the public."""

    initiative_name = models.CharField(
        _("initiative"), max_length=160, help_text=_("The initiative's own name.")
    )
    organisation_form = models.ForeignKey(
        "core.OrganisationForm",
        verbose_name=_("organisation form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sectors = ParentalManyToManyField("core.Sector", verbose_name=_("sectors"), blank=True)
    territory = models.ForeignKey(
        "core.Territory",
        verbose_name=_("territory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The region, or the country when the initiative works nationwide."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    summary = models.TextField(
        _("summary"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_(
            "Plain text, at most 300 characters. Shown on cards, in feeds and in search results."
        ),
    )
    hero_caption = models.CharField(_("caption"), max_length=250, blank=True)
    hero_credit = models.CharField(_("credit"), max_length=120, blank=True)
    body = StreamField(StoryStreamBlock(), verbose_name=_("story"))
    sdgs = ParentalManyToManyField(
        "core.SDG", verbose_name=_("sustainable development goals"), blank=True
    )
    tags = ClusterTaggableManager(
        through=StoryTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords in this page's language, separated by commas."),
    )
    date_published = models.DateField(_("publication date"), default=timezone.localdate)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = PageManager.from_queryset(StoryPageQuerySet)()

    localized_taxonomy_fields = ("organisation_form", "territory", "sectors", "sdgs")

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("initiative_name"),
                FieldPanel("organisation_form"),
                FieldPanel("sectors"),
                FieldRowPanel([FieldPanel("territory"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("founded"), FieldPanel("website")]),
            ],
            heading=_("The initiative"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")]),
            ],
            heading=_("Image"),
        ),
        InlinePanel("key_figures", label=_("Key figures"), max_num=6),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("sdgs"), FieldPanel("tags"), FieldPanel("date_published")],
            heading=_("Classification"),
        ),
        MultipleChooserPanel(
            "related_story_links",
            chooser_field_name="page",
            label=_("Related stories"),
            max_num=3,
            help_text=_("Leave empty to show the stories that share most sectors and tags."),
        ),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("initiative_name"),
        TranslatableField("city"),
        TranslatableField("summary"),
        TranslatableField("hero_alt"),
        TranslatableField("hero_caption"),
        TranslatableField("hero_credit"),
        TranslatableField("body"),
        TranslatableField("key_figures"),
        SynchronizedField("organisation_form"),
        SynchronizedField("territory"),
        SynchronizedField("sectors"),
        SynchronizedField("sdgs"),
        SynchronizedField("founded"),
        SynchronizedField("website"),
        SynchronizedField("hero_image"),
        SynchronizedField("date_published"),
        SynchronizedField("related_story_links"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("initiative_name", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("date_published"),
    ]

    # The open-data API (opendata.api): what the page shows, terms by name and slug.
    api_fields = [
        APIField("initiative_name"),
        APIField("summary"),
        APIField("organisation_form", serializer=TermField()),
        APIField("sectors", serializer=TermsField()),
        APIField("territory", serializer=TerritoryField()),
        APIField("city"),
        APIField("founded"),
        APIField("website"),
        APIField("sdgs", serializer=SDGsField()),
        APIField("tags", serializer=TagNamesField()),
        APIField("date_published"),
        APIField("reading_minutes"),
        APIField("body"),
    ]
    api_meta_fields = ["translation_key", "last_published_at"]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def clean(self):
        super().clean()
        if self.summary and "<" in self.summary and ">" in self.summary:
            raise ValidationError({"summary": _("The summary is plain text: remove the HTML.")})

    def compute_reading_minutes(self):
        text = BeautifulSoup(str(self.body), "html.parser").get_text(" ")
        return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))

    def save(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        return super().save(*args, **kwargs)

    @classmethod
    def serving_queryset(cls):
        return cls.objects.for_serving()

    def related_stories(self, limit=3):
        """The stories the editor chose, in this page's language, or else the live
        stories of this language that share most sectors and tags with it."""
        chosen = chosen_pages(self.related_story_links)
        if chosen:
            cards = StoryPage.objects.for_cards()
            return localized_choices(chosen, self.locale, queryset=cards, limit=limit)
        return self.most_alike_stories(limit)

    def most_alike_stories(self, limit):
        """Comparing a story with every other goes through them all: the ids found are
        kept until the content changes, the cards are fetched each time."""

        return kept_pages(
            "alike-stories",
            self.pk,
            limit,
            find=lambda: StoryPage.objects.sharing_sectors_or_tags_with(self)[:limit],
            cards=StoryPage.objects.live().public().for_cards(),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["og_type"] = "article"
        context["index"] = parent_page(self)
        context["structured_data"] = self.structured_data(request)
        return context

    def structured_data(self, request):
        return article_structured_data(self, request)


class StoryKeyFigure(TranslatableMixin, Orderable):
    """A number that tells the initiative's scale: "1200" · "worker-members"."""

    page = ParentalKey(StoryPage, related_name="key_figures", on_delete=models.CASCADE)
    value = models.CharField(_("figure"), max_length=20, help_text=_("For example: 1200, 35 %."))
    label = models.CharField(
        _("what it counts"), max_length=80, help_text=_("For example: worker-members.")
    )

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("label")])]
    translatable_fields = [SynchronizedField("value"), TranslatableField("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class RelatedStory(ChosenPage):
    """A story the editor chose to show under this one; visitors see its translation."""

    story = ParentalKey(StoryPage, related_name="related_story_links", on_delete=models.CASCADE)
    page = chosen_page_field(StoryPage, _("story"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")
