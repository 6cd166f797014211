from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.querysets import CampaignPageQuerySet
from campaigns.sections import campaign_events, campaign_modules, campaign_stories
from core.blocks import BaseStreamBlock
from core.listing import FilteredListing
from core.models import (
    ChosenPage,
    HeroImageMixin,
    RememberedPrivacyMixin,
    SocialMetaMixin,
    chosen_page_field,
)
from core.querysets import PageManager
from core.routing import parent_page
from core.translation import localized_url

CAMPAIGNS_PER_PAGE = 12


class CampaignIndexPage(RememberedPrivacyMixin, SocialMetaMixin, Page):
    """The campaigns of one language (/es/campanas/, /fr/campagnes/, /en/campaigns/):
    running ones first, then those coming, then past ones."""

    gathers_pages = True  # shows other pages: purged whenever one is published

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    def campaigns(self):
        """The live, public campaigns under this index (so in its language)."""
        return CampaignPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["listing"] = FilteredListing(
            queryset=self.campaigns(),
            params=request.GET,
            facets=[],
            per_page=CAMPAIGNS_PER_PAGE,
            display=lambda campaigns: campaigns.for_cards().current_first(today),
            cache_key=("campaigns", self.pk),
        )
        return context


class CampaignPage(RememberedPrivacyMixin, HeroImageMixin, SocialMetaMixin, Page):
    """An awareness campaign: a theme, dates, a call to action, and the stories,
    modules and events that belong to it, chosen by the editor or gathered by a tag."""

    gathers_pages = True  # shows other pages: purged whenever one is published

    class State(models.TextChoices):
        RUNNING = "running", _("Running")
        COMING = "coming", _("Coming soon")
        OVER = "over", _("Over")

    theme = models.CharField(
        _("theme"),
        max_length=200,
        help_text=_("The campaign in one sentence. Shown on cards and in link previews."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    cta_label = models.CharField(
        _("call to action"),
        max_length=80,
        blank=True,
        help_text=_("The button's words, e.g. “Find a social market near you”."),
    )
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page it leads to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Visitors reach this page's translation in their language."),
    )
    cta_url = models.URLField(_("or web address"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tag = models.CharField(
        _("gather by tag"),
        max_length=100,
        blank=True,
        help_text=_(
            "Stories, modules and events of this language with this tag join the campaign, "
            "after the ones chosen below."
        ),
    )

    objects = PageManager.from_queryset(CampaignPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Image")),
        MultiFieldPanel(
            [FieldPanel("cta_label"), PageChooserPanel("cta_page"), FieldPanel("cta_url")],
            heading=_("Call to action"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("tag"),
                MultipleChooserPanel("story_links", chooser_field_name="page", label=_("Stories")),
                MultipleChooserPanel(
                    "module_links", chooser_field_name="page", label=_("Curriculum modules")
                ),
                MultipleChooserPanel("event_links", chooser_field_name="page", label=_("Events")),
            ],
            heading=_("What belongs to the campaign"),
        ),
    ]

    # Words are translated (the tag too: each language tags its pages in its own
    # words); dates, the image and the chosen pages are the same in every language,
    # and the pages are shown in the visitor's language (campaigns.sections).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("theme"),
        TranslatableField("hero_alt"),
        TranslatableField("cta_label"),
        TranslatableField("body"),
        TranslatableField("tag"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("hero_image"),
        SynchronizedField("cta_page"),
        SynchronizedField("cta_url", overridable=True),
        SynchronizedField("story_links"),
        SynchronizedField("module_links"),
        SynchronizedField("event_links"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("theme", boost=2),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @property
    def meta_description(self):
        return self.search_description or self.theme

    def state_on(self, day):
        if day < self.start_date:
            return self.State.COMING
        if day > self.end_date:
            return self.State.OVER
        return self.State.RUNNING

    @property
    def state(self):
        """Running, coming or over, as of today."""
        return self.state_on(timezone.localdate())

    @property
    def cta_href(self):
        if self.cta_page_id:
            return localized_url(self.cta_page)
        return self.cta_url

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The campaign cannot end before it starts.")
        has_target = bool(self.cta_page_id or self.cta_url)
        if self.cta_page_id and self.cta_url:
            errors["cta_url"] = _("Choose a page or enter a web address, not both.")
        elif self.cta_label and not has_target:
            errors["cta_page"] = _(
                "Choose the page the call to action leads to, or enter a web address."
            )
        elif has_target and not self.cta_label:
            errors["cta_label"] = _("Give the call to action its words.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def serving_queryset(cls):
        """What a campaign page shows of the campaign itself, fetched with it (core.routing)."""
        return cls.objects.select_related("locale", "hero_image", "cta_page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["state"] = self.state_on(timezone.localdate(now))
        context["stories"] = campaign_stories(self)
        context["modules"] = campaign_modules(self)
        context["events"] = campaign_events(self, now)
        context["index"] = parent_page(self)
        return context


class CampaignStory(ChosenPage):
    """A story the editor chose for the campaign; visitors see its translation."""

    campaign = ParentalKey(CampaignPage, related_name="story_links", on_delete=models.CASCADE)
    page = chosen_page_field("stories.StoryPage", _("story"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("campaign story")
        verbose_name_plural = _("campaign stories")


class CampaignModule(ChosenPage):
    """A curriculum module the editor chose for the campaign."""

    campaign = ParentalKey(CampaignPage, related_name="module_links", on_delete=models.CASCADE)
    page = chosen_page_field("curriculum.ModulePage", _("module"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("campaign module")
        verbose_name_plural = _("campaign modules")


class CampaignEvent(ChosenPage):
    """An event the editor chose for the campaign; shown while it is upcoming."""

    campaign = ParentalKey(CampaignPage, related_name="event_links", on_delete=models.CASCADE)
    page = chosen_page_field("events.EventPage", _("event"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("campaign event")
        verbose_name_plural = _("campaign events")
