from django import template
from django.utils import translation

from search.models import SearchPage

register = template.Library()


def search_page_url(request):
    """The address of the active language's search page, looked up once per request."""
    language = translation.get_language()
    cached = getattr(request, "_soleil_search_url", None)
    if cached is not None and cached[0] == language:
        return cached[1]
    page = (
        SearchPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .select_related("locale")
        .first()
    )
    url = page.get_url(request) if page is not None else ""
    if request is not None:
        request._soleil_search_url = (language, url)
    return url


@register.inclusion_tag("includes/search_box.html", takes_context=True)
def header_search_box(context):
    request = context.get("request")
    query = context.get("query")
    return {
        "search_url": search_page_url(request),
        "query_text": query.text if query is not None else "",
    }
