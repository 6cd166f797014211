"""The open-data API's filters: what a client may ask for, checked before any query.

Every filter takes what the site's listings take — a vocabulary term by its slug
(`?sector=agroecologia`, `?territory=espana`: a country includes its regions), a goal
by its number (`?sdg=7`), a language code, dates as `YYYY-MM-DD` — so an address
copied from a listing works here. A value that cannot be one (not a slug, not a date,
a language the site does not speak) is answered 400 with what was expected; a
well-formed slug no term has gives an empty list, as the listings do. Messages are in
English, as Wagtail's own API's are: programmers read them, whatever the language of
the data they ask for.
"""

import datetime
import re
import uuid

from django.conf import settings
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

SLUG = re.compile(r"^[-\w]{1,120}$", re.ASCII)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def slug_value(request, name):
    value = request.GET.get(name, "")
    if not SLUG.match(value):
        raise BadRequestError(f"{name} must be a slug, such as those the listings use.")
    return value


def date_value(request, name):
    try:
        return datetime.date.fromisoformat(request.GET[name])
    except ValueError:
        raise BadRequestError(f"{name} must be a date written YYYY-MM-DD.") from None


class LanguageFilter(BaseFilterBackend):
    """`?locale=es`: one language's pages; without it, every language's."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        if code not in language_codes():
            raise BadRequestError(f"locale must be one of: {', '.join(language_codes())}.")
        return queryset.filter(locale__language_code=code)


class TranslationKeyFilter(BaseFilterBackend):
    """`?translation_key=…`: a page and its translations, in every language."""

    def filter_queryset(self, request, queryset, view):
        if "translation_key" not in request.GET:
            return queryset
        try:
            key = uuid.UUID(request.GET["translation_key"])
        except ValueError:
            raise BadRequestError("translation_key must be a UUID.") from None
        return queryset.filter(translation_key=key)


class TermFilter(BaseFilterBackend):
    """The view's `term_filters`: `{parameter: (lookup, …)}`, each lookup a relation to
    a vocabulary term matched by slug (several lookups: any of them)."""

    def filter_queryset(self, request, queryset, view):
        for name, lookups in view.term_filters.items():
            if name not in request.GET:
                continue
            slug = slug_value(request, name)
            match = Q()
            for lookup in lookups:
                match |= Q(**{f"{lookup}__slug": slug})
            queryset = queryset.filter(match)
        return queryset


class GoalFilter(BaseFilterBackend):
    """`?sdg=7`: a Sustainable Development Goal by its number, as the listings take it."""

    def filter_queryset(self, request, queryset, view):
        if not view.has_goals or "sdg" not in request.GET:
            return queryset
        value = request.GET["sdg"]
        if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 17):
            raise BadRequestError("sdg must be the number of a goal, from 1 to 17.")
        return queryset.filter(sdgs__number=int(value))


class DateFilter(BaseFilterBackend):
    """`?from=YYYY-MM-DD&to=YYYY-MM-DD`, both included, on the view's dates
    (`filter_dates`: a story's publication, a module's review, an event's days)."""

    def filter_queryset(self, request, queryset, view):
        start = date_value(request, "from") if "from" in request.GET else None
        end = date_value(request, "to") if "to" in request.GET else None
        if start and end and end < start:
            raise BadRequestError("to must not come before from.")
        if start or end:
            queryset = view.filter_dates(queryset, start, end)
        return queryset
