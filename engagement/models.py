from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import RememberedPrivacyMixin, SocialMetaMixin
from core.querysets import PageManager
from engagement.spam import (
    HONEYPOT_FIELD,
    UNAVAILABLE_RETRY_SECONDS,
    WINDOW_SECONDS,
    CounterUnavailable,
    SubmissionLimit,
    honeypot_filled,
)

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class GetInvolvedPage(RememberedPrivacyMixin, SocialMetaMixin, AbstractForm):
    """ "Get involved" (/es/participa/, /fr/participer/, /en/get-involved/): newsletter
    sign-up or volunteering.

    Submissions are stored for the admin's Forms section and nowhere else; no
    e-mail leaves the site. A honeypot and a per-address limit keep bots out
    (see `engagement.spam`).
    """

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=TEXT_FEATURES,
        help_text=_(
            "Shown next to the form: what is stored, why, for how long, and how to ask "
            "for its deletion."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=TEXT_FEATURES,
        help_text=_("Shown after a successful submission."),
    )

    content_panels = AbstractForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("thank_you_text")],
            heading=_("Privacy and thanks"),
        ),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("privacy_notice"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    honeypot_field = HONEYPOT_FIELD

    class Meta:
        verbose_name = _("get involved form")
        verbose_name_plural = _("get involved forms")

    def get_form(self, *args, **kwargs):
        """The editor's fields, with e-mail fields telling browsers what to fill in."""
        form = super().get_form(*args, **kwargs)
        for field in form.fields.values():
            if isinstance(field, forms.EmailField):
                field.widget.attrs.setdefault("autocomplete", "email")
        return form

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if honeypot_filled(request):
                return self.render_landing_page(request)
            try:
                return self.serve_submission(request, *args, **kwargs)
            except CounterUnavailable:
                return self.render_counter_unavailable(request)
        return super().serve(request, *args, **kwargs)

    def serve_submission(self, request, *args, **kwargs):
        """Store a valid submission once the limit has counted it; a limit that cannot
        be counted raises `CounterUnavailable` before anything is stored."""
        limit = SubmissionLimit(request)
        if limit.reached():
            return self.render_limit_reached(request)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            limit.count()
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        return self.render_form(request, form)

    def render_form(self, request, form, status=200, **extra_context):
        context = self.get_context(request)
        context.update(form=form, **extra_context)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_counter_unavailable(self, request):
        """The form again, as the visitor filled it in, saying it could not be sent just
        now: the limit's counters did not answer, and the form takes nothing uncounted."""
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        response = self.render_form(request, form, status=503, form_unavailable=True)
        response["Retry-After"] = str(UNAVAILABLE_RETRY_SECONDS)
        return response

    def render_limit_reached(self, request):
        response = TemplateResponse(
            request,
            "engagement/get_involved_page_limited.html",
            self.get_context(request),
            status=429,
        )
        response["Retry-After"] = str(WINDOW_SECONDS)  # at most; the window began earlier
        return response


class GetInvolvedFormField(TranslatableMixin, AbstractFormField):
    """One question of the form; translated with its page, so each language has its
    own labels and choices while the stored field name stays the same."""

    page = ParentalKey(GetInvolvedPage, related_name="form_fields", on_delete=models.CASCADE)

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
