"""Admin report *Reports → Search terms*: what visitors search for, in each language.

It takes the place of Wagtail's report of the same name (which counts a term in every
language at once) and keeps its search box, date filter, exports and superuser-only
access. One column per language of `settings.WAGTAIL_CONTENT_LANGUAGES`, each sortable;
the language filter keeps the terms searched for in that language.
"""

from django.conf import settings
from django.db.models import IntegerField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.contrib.search_promotions.models import Query
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

TOTAL = "searches"


def language_column(code):
    return f"searches_{code}"


def as_date(moment):
    return moment.date() if moment is not None else None


def searches_where(condition):
    return Coalesce(
        Sum("language_counts__count", filter=condition), Value(0, output_field=IntegerField())
    )


class SearchTermsFilterSet(WagtailFilterSet):
    language = ChoiceFilter(
        label=_("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES, method="searched_in"
    )
    # Applied to the counts themselves (SearchTermsByLanguageView.get_base_queryset).
    hit_date = DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget, method="counted_by_day"
    )

    class Meta:
        model = Query
        fields = []

    def searched_in(self, queryset, name, value):
        return queryset.filter(**{f"{language_column(value)}__gt": 0})

    def counted_by_day(self, queryset, name, value):
        return queryset


class SearchTermsByLanguageView(SearchTermsReportView):
    filterset_class = SearchTermsFilterSet
    default_ordering = f"-{TOTAL}"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"

    @property
    def columns(self):
        return [
            Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
            NumberColumn(TOTAL, label=_("All languages"), sort_key=TOTAL),
            *(
                NumberColumn(language_column(code), label=name, sort_key=language_column(code))
                for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
            ),
        ]

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}

    def get_filterset_kwargs(self):
        # Not Wagtail's report's: its filters are made from the counts, and here the counts
        # depend on the filters (their dates).
        return super(SearchTermsReportView, self).get_filterset_kwargs()

    def order_queryset(self, queryset):
        """As chosen, then alphabetically among terms searched as often."""
        return queryset.order_by(self.ordering, "query_string")

    def get_filename(self):
        return "search-terms"

    def counted_days(self):
        filters = self.filters
        if filters is None or not filters.is_valid():
            return Q()
        days = filters.form.cleaned_data.get("hit_date")
        counted = Q()
        if days and days.start:
            counted &= Q(language_counts__day__gte=as_date(days.start))
        if days and days.stop:
            counted &= Q(language_counts__day__lte=as_date(days.stop))
        return counted

    def get_base_queryset(self):
        counted = self.counted_days()
        per_language = {
            language_column(code): searches_where(counted & Q(language_counts__language=code))
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }
        return Query.objects.annotate(**{TOTAL: searches_where(counted)}, **per_language).filter(
            **{f"{TOTAL}__gt": 0}
        )
