from django.urls import path, reverse
from wagtail import hooks

from core import freshness
from search.models import SearchPage
from search.reports import SearchTermsByLanguageView


@hooks.register("site_search_url")
def search_page_url(request, language):
    """The address of the language's search page, remembered until the content changes."""

    def load():
        page = (
            SearchPage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .select_related("locale")
            .first()
        )
        return page.get_url(request) if page is not None else ""

    return freshness.remember("search-url", language, compute=load)


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path(
            "reports/search-terms/",
            SearchTermsByLanguageView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/search-terms/results/",
            SearchTermsByLanguageView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("construct_reports_menu")
def search_terms_by_language(request, menu_items):
    """Reports → Search terms opens the report with a column per language."""
    for item in menu_items:
        if item.name == "search-terms":
            item.url = reverse("search_terms_report")
