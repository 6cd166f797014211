from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.models import (
    ChosenPage,
    HeroImageMixin,
    RememberedPrivacyMixin,
    SocialMetaMixin,
    chosen_page_field,
)
from core.querysets import PageManager
from home.figures import key_figures
from home.highlights import (
    FEATURED_COUNT,
    current_campaign,
    featured_events,
    featured_modules,
    featured_stories,
)


class HomePage(RememberedPrivacyMixin, HeroImageMixin, SocialMetaMixin, Page):
    """The front door of one language: `/es/`, `/fr/`, `/en/`.

    There is one home page per locale, each a translation of the Spanish one;
    new languages get theirs through "Translate", not "Add child page".
    """

    gathers_pages = True  # shows other pages: purged whenever one is published

    objects = PageManager()

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One or two sentences under the title, saying what Soleil is for."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    featured_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("featured campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Leave empty to show the running campaign that ends soonest, or else the next one."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("hero_alt"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("featured_campaign"),
                MultipleChooserPanel(
                    "featured_story_links",
                    chooser_field_name="page",
                    label=_("Featured stories"),
                    max_num=FEATURED_COUNT,
                    help_text=_("Leave empty to show the latest stories."),
                ),
                MultipleChooserPanel(
                    "featured_event_links",
                    chooser_field_name="page",
                    label=_("Featured events"),
                    max_num=FEATURED_COUNT,
                    help_text=_("Leave empty to show the next events."),
                ),
                MultipleChooserPanel(
                    "featured_module_links",
                    chooser_field_name="page",
                    label=_("Featured modules"),
                    max_num=FEATURED_COUNT,
                    help_text=_("Leave empty to show the latest modules."),
                ),
            ],
            heading=_("Featured on the home page"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("hero_alt"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        SynchronizedField("featured_campaign"),
        SynchronizedField("featured_story_links"),
        SynchronizedField("featured_event_links"),
        SynchronizedField("featured_module_links"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and not cls.objects.exists()

    @classmethod
    def serving_queryset(cls):
        """What the home page shows of itself, fetched with it (core.routing)."""
        return cls.objects.select_related("locale", "hero_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaign"] = current_campaign(self)
        context["stories"] = featured_stories(self)
        context["events"] = featured_events(self)
        context["modules"] = featured_modules(self)
        context["figures"] = key_figures(self.locale)
        return context


class HomeFeaturedStory(ChosenPage):
    home = ParentalKey(HomePage, related_name="featured_story_links", on_delete=models.CASCADE)
    page = chosen_page_field("stories.StoryPage", _("story"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("featured story")
        verbose_name_plural = _("featured stories")


class HomeFeaturedEvent(ChosenPage):
    home = ParentalKey(HomePage, related_name="featured_event_links", on_delete=models.CASCADE)
    page = chosen_page_field("events.EventPage", _("event"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("featured event")
        verbose_name_plural = _("featured events")


class HomeFeaturedModule(ChosenPage):
    home = ParentalKey(HomePage, related_name="featured_module_links", on_delete=models.CASCADE)
    page = chosen_page_field("curriculum.ModulePage", _("module"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("featured module")
        verbose_name_plural = _("featured modules")


class StandardPage(RememberedPrivacyMixin, SocialMetaMixin, Page):
    """About, contact, legal notice: a title, an introduction and a body."""

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
