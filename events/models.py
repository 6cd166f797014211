import datetime
import hashlib
import uuid
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
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
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api_fields import TagNamesField, TermField, TerritoryField
from core.blocks import BaseStreamBlock
from core.models import (
    ChosenPage,
    HeroImageMixin,
    LocalizedTaxonomyMixin,
    RememberedPrivacyMixin,
    SocialMetaMixin,
    chosen_page_field,
    chosen_pages,
)
from core.querysets import PageManager
from core.translation import localized_choices
from events.api_fields import DatesField
from events.calendar_files import calendar_response
from events.clock import clock_problem, instant, is_repeated
from events.forms import EventPageForm, RepeatedTimePanel
from events.listing import event_listing
from events.querysets import EventPageQuerySet
from events.structured_data import event_structured_data
from stories.models import StoryPage

EVENTS_PER_PAGE = 12


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name. Use a name such as Europe/Madrid."),
            params={"value": value},
        )


class EventIndexPage(RememberedPrivacyMixin, RoutablePageMixin, SocialMetaMixin, Page):
    """The events of one language (/es/eventos/, /fr/evenements/, /en/events/):
    upcoming ones, the archive and a calendar to subscribe to."""

    objects = PageManager()

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    @path("")
    def upcoming_route(self, request):
        listing = event_listing(self, request.GET, archive=False)
        return self.render(request, context_overrides={"listing": listing, "archive": False})

    @path("archive/")
    def archive_route(self, request):
        self.showing_archive = True
        listing = event_listing(self, request.GET, archive=True)
        return self.render(request, context_overrides={"listing": listing, "archive": True})

    def localized_route_url(self, translation, request=None):
        """Where the language links lead from this page to `translation` (this index in
        another language, see core.languages): from the archive, to its archive."""
        url = translation.get_url(request)
        if url is None or not getattr(self, "showing_archive", False):
            return url
        return url + self.reverse_subpage("archive_route")

    def calendar_url(self):
        return self.url + "calendar.ics"

    def get_cached_paths(self):
        """What a caching proxy is purged of when the index is: the listings and calendar."""
        return ["/", "archive/", "calendar.ics"]

    def calendar_file(self, request):
        """The upcoming events, with the listing's filters, as one calendar (events.views)."""
        listing = event_listing(self, request.GET, archive=False, per_page=500)
        events = list(listing.page.object_list)
        return calendar_response(events, request, filename=f"soleil-{self.slug}.ics")


class EventTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class EventPage(
    RememberedPrivacyMixin, LocalizedTaxonomyMixin, HeroImageMixin, SocialMetaMixin, Page
):
    """A fair, social market, forum or workshop, with one or more dates."""

    class AttendanceMode(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        ONLINE = "online", _("Online")
        MIXED = "mixed", _("In person and online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")
        MOVED_ONLINE = "moved-online", _("Moved online")

    event_type = models.ForeignKey(
        "core.EventType",
        verbose_name=_("event type"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("Plain text, at most 300 characters.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Madrid",
        validators=[validate_time_zone],
        help_text=_("Dates and times below are in this time zone, e.g. Europe/Paris."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=160, blank=True)
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    territory = models.ForeignKey(
        "core.Territory",
        verbose_name=_("territory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.CharField(_("country code"), max_length=2, blank=True, help_text=_("ES, FR…"))
    online_url = models.URLField(_("online address"), blank=True)
    organiser_name = models.CharField(_("organiser"), max_length=160, blank=True)
    organiser_url = models.URLField(_("organiser's website"), blank=True)
    registration_url = models.URLField(_("registration address"), blank=True)
    price = models.CharField(
        _("price"), max_length=120, blank=True, help_text=_("Leave empty when the event is free.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=EventTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords in this page's language, separated by commas."),
    )
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    calendar_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    objects = PageManager.from_queryset(EventPageQuerySet)()
    base_form_class = EventPageForm

    localized_taxonomy_fields = ("event_type", "territory")

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                InlinePanel("occurrences", label=_("Date"), min_num=1),
            ],
            heading=_("When"),
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("attendance_mode")]),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("territory"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organiser_name"), FieldPanel("organiser_url")]),
                FieldPanel("registration_url"),
                FieldPanel("price"),
            ],
            heading=_("Organiser and registration"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("hero_alt"),
        MultipleChooserPanel(
            "participants", chooser_field_name="page", label=_("Participating initiatives")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("venue_name"),
        TranslatableField("city"),
        TranslatableField("price"),
        TranslatableField("hero_alt"),
        TranslatableField("body"),
        SynchronizedField("event_type"),
        SynchronizedField("territory"),
        SynchronizedField("time_zone"),
        SynchronizedField("status"),
        SynchronizedField("attendance_mode"),
        SynchronizedField("street_address"),
        SynchronizedField("postcode"),
        SynchronizedField("country"),
        SynchronizedField("online_url"),
        SynchronizedField("organiser_name"),
        SynchronizedField("organiser_url"),
        SynchronizedField("registration_url"),
        SynchronizedField("hero_image"),
        SynchronizedField("occurrences"),
        SynchronizedField("participants"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue_name"),
    ]

    # The open-data API (opendata.api): dates as instants in the event's time zone.
    api_fields = [
        APIField("event_type", serializer=TermField()),
        APIField("summary"),
        APIField("dates", serializer=DatesField()),
        APIField("time_zone"),
        APIField("status"),
        APIField("attendance_mode"),
        APIField("venue_name"),
        APIField("street_address"),
        APIField("postcode"),
        APIField("city"),
        APIField("territory", serializer=TerritoryField()),
        APIField("country"),
        APIField("online_url"),
        APIField("organiser_name"),
        APIField("organiser_url"),
        APIField("registration_url"),
        APIField("price"),
        APIField("tags", serializer=TagNamesField()),
        APIField("body"),
    ]
    api_meta_fields = ["translation_key", "last_published_at"]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_free(self):
        return not self.price.strip()

    def clean(self):
        super().clean()
        errors = {}
        online = self.attendance_mode in (self.AttendanceMode.ONLINE, self.AttendanceMode.MIXED)
        in_person = self.attendance_mode in (
            self.AttendanceMode.IN_PERSON,
            self.AttendanceMode.MIXED,
        )
        if online and not self.online_url:
            errors["online_url"] = _("An online event needs the address where people join it.")
        if in_person and not self.city:
            errors["city"] = _("An event people attend in person needs a city.")
        if errors:
            raise ValidationError(errors)

    def sorted_occurrences(self):
        zone = self.zone
        return sorted(self.occurrences.all(), key=lambda occurrence: occurrence.start_at(zone))

    def calendar_state(self):
        """What calendar clients must hear about when it changes (RFC 5545 SEQUENCE)."""
        parts = [self.status, self.time_zone, self.venue_name, self.street_address, self.city]
        for occurrence in self.sorted_occurrences():
            part = f"{occurrence.start_local()}|{occurrence.end_local()}|{occurrence.all_day}"
            if occurrence.start_fold is not None or occurrence.end_fold is not None:
                part += f"|{occurrence.start_fold}|{occurrence.end_fold}"
            parts.append(part)
        return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()

    def save(self, *args, **kwargs):
        for occurrence in self.occurrences.all():
            occurrence.compute_instants(self.zone)
        state = self.calendar_state()
        if self.calendar_fingerprint and state != self.calendar_fingerprint:
            self.calendar_sequence += 1
        self.calendar_fingerprint = state
        return super().save(*args, **kwargs)

    def upcoming_occurrences(self, now=None):
        now = now or timezone.now()
        return [o for o in self.sorted_occurrences() if o.ends_at and o.ends_at >= now]

    def participating_stories(self):
        stories = chosen_pages(self.participants)
        return localized_choices(stories, self.locale, queryset=StoryPage.objects.for_cards())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["occurrences"] = self.sorted_occurrences()
        context["upcoming"] = self.upcoming_occurrences()
        context["participants"] = self.participating_stories()
        context["structured_data"] = event_structured_data(self, context["upcoming"], request)
        return context

    def calendar_url(self):
        return self.url + "event.ics"

    def calendar_file(self, request):
        """This event's dates as an iCalendar file (served by events.views)."""
        return calendar_response([self], request, filename=f"{self.slug}.ics")


class EventOccurrence(Orderable):
    """One date of an event, in the event's own time zone. `starts_at` and
    `ends_at` are the same instants in UTC, kept for ordering and filtering.

    On the night the clocks go back a time happens twice: `start_fold` and
    `end_fold` say which one is meant (0 the first, 1 the second; empty when
    the time happens once). Everything shown or exported reads the times
    through `start_at()` and `end_at()` (events.clock).
    """

    class Fold(models.IntegerChoices):
        FIRST = 0, _("The first one, before the clocks go back")
        SECOND = 1, _("The second one, after the clocks go back")

    page = ParentalKey(EventPage, related_name="occurrences", on_delete=models.CASCADE)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    start_fold = models.PositiveSmallIntegerField(
        _("which start time"), choices=Fold.choices, null=True, blank=True
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty if it ends the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    end_fold = models.PositiveSmallIntegerField(
        _("which end time"), choices=Fold.choices, null=True, blank=True
    )
    all_day = models.BooleanField(_("all day"), default=False)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False, db_index=True)

    # The zone the admin form is checking the times in (events.forms): the page
    # being edited may be changing its zone in the same form.
    checked_zone = None

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
        RepeatedTimePanel("start_fold"),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
        RepeatedTimePanel("end_fold"),
        FieldPanel("all_day"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("dates")

    def start_local(self):
        start_time = datetime.time.min if self.all_day else (self.start_time or datetime.time.min)
        return datetime.datetime.combine(self.start_date, start_time)

    def end_local(self):
        end_date = self.end_date or self.start_date
        if self.all_day or self.end_time is None:
            return datetime.datetime.combine(end_date, datetime.time.max.replace(microsecond=0))
        return datetime.datetime.combine(end_date, self.end_time)

    def ends_at_end_of_day(self):
        return self.all_day or self.end_time is None

    def start_at(self, zone):
        """The instant it starts, as the clocks of `zone` show it."""
        return instant(self.start_local(), zone, self.start_fold or 0)

    def end_at(self, zone):
        """The instant it ends; a day that ends at midnight ends after the second
        of its repeated times, if it has one."""
        local = self.end_local()
        if self.ends_at_end_of_day():
            return instant(local, zone, 1 if is_repeated(local, zone) else 0)
        return instant(local, zone, self.end_fold or 0)

    def compute_instants(self, zone):
        """Fill `starts_at` and `ends_at`, and forget a choice between two
        repeated times once the time no longer happens twice."""
        if self.all_day or not is_repeated(self.start_local(), zone):
            self.start_fold = None
        if self.ends_at_end_of_day() or not is_repeated(self.end_local(), zone):
            self.end_fold = None
        self.starts_at = self.start_at(zone)
        self.ends_at = self.end_at(zone)

    def event_zone(self):
        if self.checked_zone is not None:
            return self.checked_zone
        if self.page_id is not None or EventOccurrence.page.is_cached(self):
            return self.page.zone
        return None

    def clean(self):
        super().clean()
        if not self.start_date:
            return
        if not self.all_day and self.start_time is None:
            raise ValidationError({"start_time": _("Give a start time, or tick “all day”.")})
        zone = self.event_zone()
        if zone is not None and not self.all_day:
            self.clean_clock_changes(zone)
        if zone is None:
            ends_too_early = self.end_local() < self.start_local()
        else:
            ends_too_early = self.end_at(zone) < self.start_at(zone)
        if ends_too_early:
            field = "end_date" if self.end_date and self.end_date != self.start_date else "end_time"
            raise ValidationError({field: _("The event cannot end before it starts.")})

    def clean_clock_changes(self, zone):
        """Refuse a time the clocks skip in `zone`, and ask which one is meant of a
        time they repeat; each message goes on the time it is about."""
        errors = {}
        problem = clock_problem(self.start_local(), zone, self.start_fold)
        if problem:
            errors["start_time"] = problem
        if not self.ends_at_end_of_day():
            problem = clock_problem(self.end_local(), zone, self.end_fold)
            if problem:
                errors["end_time"] = problem
        if errors:
            raise ValidationError(errors)


class EventParticipant(ChosenPage):
    """An initiative (a success story) that takes part in the event."""

    event = ParentalKey(EventPage, related_name="participants", on_delete=models.CASCADE)
    page = chosen_page_field("stories.StoryPage", _("story"))

    class Meta(ChosenPage.Meta):
        verbose_name = _("participating initiative")
        verbose_name_plural = _("participating initiatives")
