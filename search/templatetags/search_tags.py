from django import template
from django.utils import translation

from core import freshness
from search.models import SearchPage

register = template.Library()


def search_page_url(request):
    """The address of the active language's search page, remembered until the content changes."""
    language = translation.get_language()

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


@register.inclusion_tag("includes/search_box.html", takes_context=True)
def header_search_box(context):
    request = context.get("request")
    query = context.get("query")
    return {
        "search_url": search_page_url(request),
        "query_text": query.text if query is not None else "",
    }
