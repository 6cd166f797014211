from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api_fields import SDGsField, TagNamesField, TermsField
from core.documents import serve_document
from core.listing import ChoiceFacet, FilteredListing, TermFacet
from core.models import (
    EducationLevel,
    LocalizedTaxonomyMixin,
    RememberedPrivacyMixin,
    SocialMetaMixin,
    Topic,
)
from core.querysets import PageManager
from curriculum.api_fields import PublicResourcesField
from curriculum.blocks import ModuleStreamBlock
from curriculum.licences import LICENCES, Licence
from curriculum.models.downloads import DownloadCount
from curriculum.pack_tasks import pack_download
from curriculum.packs import PackTooLarge, pack_resources, refuse_too_large
from curriculum.querysets import DURATION_BANDS, ModulePageQuerySet
from curriculum.structured_data import learning_resource

MODULES_PER_PAGE = 12


class CurriculumIndexPage(RememberedPrivacyMixin, RoutablePageMixin, SocialMetaMixin, Page):
    """The modules of one language (/es/modulos/, /fr/modules/, /en/modules/), with filters."""

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.ModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("curriculum index")
        verbose_name_plural = _("curriculum indexes")

    def modules(self):
        return ModulePage.objects.child_of(self).live().public()

    def filtered_modules(self, params):
        locale = self.locale
        return FilteredListing(
            queryset=self.modules(),
            params=params,
            facets=[
                TermFacet(
                    "level", _("Education level"), EducationLevel, "education_levels", locale
                ),
                TermFacet("topic", _("Topic"), Topic, "topics", locale),
                ChoiceFacet("duration", _("Duration"), DURATION_BANDS),
            ],
            per_page=MODULES_PER_PAGE,
            display=lambda modules: modules.for_cards().alphabetical(),
            cache_key=("modules", self.pk),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.filtered_modules(request.GET)
        return context


class ModuleTag(TaggedItemBase):
    content_object = ParentalKey(
        "curriculum.ModulePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ModulePage(
    RememberedPrivacyMixin, RoutablePageMixin, LocalizedTaxonomyMixin, SocialMetaMixin, Page
):
    """A curriculum module: what pupils learn, how long it takes, the activities
    and the files a teacher downloads."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Plain text, at most 300 characters. Shown on cards and in search results."),
    )
    education_levels = ParentalManyToManyField(
        "core.EducationLevel", verbose_name=_("education levels"), blank=True
    )
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("total duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(6000)]
    )
    sessions = models.PositiveSmallIntegerField(
        _("number of sessions"), default=1, validators=[MinValueValidator(1)]
    )
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=200))],
        verbose_name=_("learning objectives"),
        help_text=_("Short statements of what pupils will be able to do: “Explain…”, “Compare…”."),
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    materials = models.TextField(_("materials"), blank=True)
    body = StreamField(ModuleStreamBlock(), verbose_name=_("activities"))
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY_SA
    )
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    sdgs = ParentalManyToManyField(
        "core.SDG", verbose_name=_("sustainable development goals"), blank=True
    )
    tags = ClusterTaggableManager(
        through=ModuleTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords in this page's language, separated by commas."),
    )

    objects = PageManager.from_queryset(ModulePageQuerySet)()

    localized_taxonomy_fields = ("education_levels", "topics", "sdgs")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("education_levels"),
                FieldPanel("topics"),
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("sessions")]),
            ],
            heading=_("Who and how long"),
        ),
        FieldPanel("learning_objectives"),
        FieldPanel("prerequisites"),
        FieldPanel("materials"),
        FieldPanel("body"),
        InlinePanel("resources", label=_("Resources to download")),
        MultiFieldPanel(
            [
                FieldPanel("licence"),
                FieldPanel("authors"),
                FieldPanel("last_reviewed"),
                FieldPanel("sdgs"),
                FieldPanel("tags"),
            ],
            heading=_("Licence and credits"),
        ),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("learning_objectives"),
        TranslatableField("prerequisites"),
        TranslatableField("materials"),
        TranslatableField("body"),
        TranslatableField("resources"),
        SynchronizedField("education_levels"),
        SynchronizedField("topics"),
        SynchronizedField("sdgs"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("sessions"),
        SynchronizedField("licence"),
        SynchronizedField("authors"),
        SynchronizedField("last_reviewed"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
    ]

    # The open-data API (opendata.api): public files only, never download counts.
    api_fields = [
        APIField("summary"),
        APIField("education_levels", serializer=TermsField()),
        APIField("topics", serializer=TermsField()),
        APIField("duration_minutes"),
        APIField("sessions"),
        APIField("learning_objectives"),
        APIField("prerequisites"),
        APIField("materials"),
        APIField("licence"),
        APIField("authors"),
        APIField("last_reviewed"),
        APIField("sdgs", serializer=SDGsField()),
        APIField("tags", serializer=TagNamesField()),
        APIField("resources", serializer=PublicResourcesField()),
        APIField("body"),
    ]
    api_meta_fields = ["translation_key", "last_published_at"]

    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("curriculum module")
        verbose_name_plural = _("curriculum modules")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def licence_info(self):
        return LICENCES[self.licence]

    def downloadable_resources(self):
        """The resources that have a file, with their documents and the documents'
        collections, in one query."""
        return list(
            self.resources.filter(document__isnull=False).select_related("document__collection")
        )

    def pack_contents(self):
        """The resources the module's pack holds, or None when the module has no pack:
        its files weigh too much together (`curriculum.packs`)."""
        resources = pack_resources(self)
        try:
            refuse_too_large(resources)
        except PackTooLarge:
            return None
        return resources

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = learning_resource(self, request)
        context["og_type"] = "article"
        return context

    @path("")
    def module_route(self, request):
        return self.render(request)

    @path("resources/<int:resource_id>/")
    def download_resource(self, request, resource_id):
        """Serve one resource file as an attachment, counting the download."""
        resource = self.resources.select_related("document").filter(pk=resource_id).first()
        if resource is None or resource.document is None:
            raise Http404
        response = serve_document(request, resource.document.pk, resource.document.filename)
        if response.status_code == 200 and not getattr(request, "is_preview", False):
            DownloadCount.record(self, resource)
        return response

    @path("pack/")
    def download_pack(self, request):
        """The whole module as a ZIP: a PDF of the module and every resource file, or,
        with a task queue, a page saying it is being prepared (`curriculum.pack_tasks`).
        Only a pack served counts as a download."""
        response = pack_download(self, request)
        if response.status_code == 200:
            DownloadCount.record(self, None)
        return response


class ModuleResource(TranslatableMixin, Orderable):
    """A file that comes with a module. A translation may point at its own
    language's file: the document is synchronised but can be overridden."""

    class Kind(models.TextChoices):
        TEACHER_GUIDE = "teacher-guide", _("Teacher guide")
        WORKSHEET = "worksheet", _("Student worksheet")
        SLIDES = "slides", _("Slides")
        ASSESSMENT = "assessment", _("Assessment")
        OTHER = "other", _("Other")

    page = ParentalKey(ModulePage, related_name="resources", on_delete=models.CASCADE)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WORKSHEET)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("description")]
    translatable_fields = [
        SynchronizedField("document", overridable=True),
        SynchronizedField("kind"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def file_format(self):
        return self.document.file_extension.upper() if self.document else ""
