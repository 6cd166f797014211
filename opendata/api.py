"""The open-data API: Soleil's stories, modules and events, read-only, with Wagtail's API.

    GET /api/v2/stories/?locale=es&sector=agroecologia&territory=andalucia&limit=20
    GET /api/v2/stories/42/
    GET /api/v2/modules/?locale=fr&level=secondaire
    GET /api/v2/events/?locale=en&type=social-market&from=2027-03-01&to=2027-03-31
    GET /api/v2/stories/?translation_key=<uuid>     (a story in every language)

One endpoint per page type (`wagtail.api.v2`'s PagesAPIViewSet, its model fixed), each
with the filters of its listing. Without `?locale=` an endpoint answers every
language's pages; each item says its `locale` and its `translation_key`, which its
translations share. Only live pages outside a private section are listed — never a
draft, a private document or a download count.

Anonymous (no session, no cookie, no login attempt: no authentication at all) and
rate-limited per address (`opendata.throttling`). Pages of `limit` items (at most
`WAGTAILAPI_LIMIT_MAX`) from `offset`. Parameters other than those listed in
`known_query_parameters` are refused with a 400 that names them; so are malformed
values (`opendata.api_filters`). A page of results costs the same queries whatever
its length: terms, tags, dates and files come prefetched.
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.http import Http404
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from curriculum.models import ModulePage, ModuleResource
from events.models import EventOccurrence, EventPage
from opendata.api_filters import (
    DateFilter,
    GoalFilter,
    LanguageFilter,
    TermFilter,
    TranslationKeyFilter,
)
from opendata.throttling import OpenDataThrottle
from stories.models import StoryPage

COMMON_PARAMETERS = frozenset(
    ["limit", "offset", "fields", "order", "locale", "translation_key", "from", "to"]
)
# What every item says of itself; `parent` and `alias_of` (Wagtail's) are left out: they
# would lead to pages the API does not serve.
META_FIELDS = [
    "type",
    "detail_url",
    "html_url",
    "slug",
    "seo_title",
    "search_description",
    "first_published_at",
    "locale",
]


# Beyond this an offset is no page of results but a number the database cannot hold.
MAX_OFFSET = 1_000_000_000
# The largest id a database holds (a 64-bit integer): a larger one names no page.
MAX_ID = 2**63 - 1


class OpenDataPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class OpenDataViewSet(PagesAPIViewSet):
    """The pages of `model`, live and public, with the filters of `term_filters`."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [OpenDataThrottle]
    renderer_classes = [JSONRenderer]
    pagination_class = OpenDataPagination
    filter_backends = [
        LanguageFilter,
        TranslationKeyFilter,
        TermFilter,
        GoalFilter,
        DateFilter,
        OrderingFilter,
    ]
    meta_fields = META_FIELDS
    detail_only_fields = []
    term_filters = {}
    has_goals = False  # `?sdg=7`: pages with that Sustainable Development Goal
    listing_fields = []

    @classmethod
    def get_listing_default_fields(cls, model):
        return ["id", "type", "detail_url", "html_url", "locale", "title", *cls.listing_fields]

    @property
    def known_query_parameters(self):
        return COMMON_PARAMETERS | set(self.term_filters) | ({"sdg"} if self.has_goals else set())

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            unknown = ", ".join(sorted(unknown))
            known = ", ".join(sorted(self.known_query_parameters))
            raise BadRequestError(f"unknown query parameters: {unknown} (known: {known})")

    def get_base_queryset(self):
        return self.model.objects.live().public()

    def get_queryset(self):
        return self.prefetched(self.get_base_queryset()).select_related("locale").order_by("id")

    def prefetched(self, queryset):
        return queryset

    def get_object(self):
        self.check_query_parameters(self.get_queryset())
        if int(self.kwargs["pk"]) > MAX_ID:
            raise Http404("not found")
        return super().get_object()

    def find_object(self, queryset, request):
        """`find/?id=42` or `find/?html_path=/es/historias/…`: redirects to the item."""
        if "id" in request.GET:
            value = request.GET["id"]
            if not (value.isascii() and value.isdigit()):
                raise BadRequestError("id must be a positive integer.")
            if int(value) > MAX_ID:
                return None
        return super().find_object(queryset, request)

    def finalize_response(self, request, response, *args, **kwargs):
        """Any site may read open data from a browser: no credentials are ever used."""
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response


class StoriesAPIViewSet(OpenDataViewSet):
    model = StoryPage
    name = "stories"
    term_filters = {
        "sector": ("sectors",),
        "form": ("organisation_form",),
        "territory": ("territory", "territory__parent"),
    }
    has_goals = True
    listing_fields = [
        "initiative_name",
        "summary",
        "organisation_form",
        "sectors",
        "territory",
        "city",
        "date_published",
        "translation_key",
    ]

    def prefetched(self, queryset):
        return queryset.select_related("organisation_form", "territory__parent").prefetch_related(
            "sectors", "sdgs", "tags"
        )

    def filter_dates(self, queryset, start, end):
        if start:
            queryset = queryset.filter(date_published__gte=start)
        if end:
            queryset = queryset.filter(date_published__lte=end)
        return queryset


class ModulesAPIViewSet(OpenDataViewSet):
    model = ModulePage
    name = "modules"
    term_filters = {"level": ("education_levels",), "topic": ("topics",)}
    has_goals = True
    listing_fields = [
        "summary",
        "education_levels",
        "topics",
        "duration_minutes",
        "sessions",
        "licence",
        "translation_key",
    ]

    def prefetched(self, queryset):
        resources = ModuleResource.objects.select_related("document__collection")
        return queryset.prefetch_related(
            "education_levels", "topics", "sdgs", "tags", Prefetch("resources", queryset=resources)
        )

    def filter_dates(self, queryset, start, end):
        """A module's date is its last review."""
        if start:
            queryset = queryset.filter(last_reviewed__gte=start)
        if end:
            queryset = queryset.filter(last_reviewed__lte=end)
        return queryset


class EventsAPIViewSet(OpenDataViewSet):
    model = EventPage
    name = "events"
    term_filters = {"type": ("event_type",), "territory": ("territory", "territory__parent")}
    listing_fields = [
        "event_type",
        "summary",
        "dates",
        "status",
        "attendance_mode",
        "city",
        "territory",
        "translation_key",
    ]

    def prefetched(self, queryset):
        return queryset.select_related("event_type", "territory__parent").prefetch_related(
            "occurrences", "tags"
        )

    def filter_dates(self, queryset, start, end):
        """Events with a day between `start` and `end`: one that starts by `end` and
        ends from `start` (its dates as in the event's own time zone)."""
        occurrences = EventOccurrence.objects.filter(page=OuterRef("pk"))
        if start:
            occurrences = occurrences.exclude(end_date__lt=start).exclude(
                end_date__isnull=True, start_date__lt=start
            )
        if end:
            occurrences = occurrences.filter(start_date__lte=end)
        return queryset.filter(Exists(occurrences))


api_router = WagtailAPIRouter("opendata_api")
api_router.register_endpoint("stories", StoriesAPIViewSet)
api_router.register_endpoint("modules", ModulesAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
