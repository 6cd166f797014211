from django.http import Http404
from wagtail.models import PageViewRestriction, Site

from opendata.models import OpenDataPage


def export_file(request, page_path, name):
    """`…/stories.csv` and the other files of an "Open data" page (`OpenDataPage.EXPORTS`).

    Wagtail's page URLs end with a slash and allow no dot, so these addresses get their
    own URL pattern; the page is found the way Wagtail finds it (live, in the language
    of the address), never in a private section.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in page_path.split("/") if component]
    page = site.root_page.localized.specific.route(request, components).page.specific
    if not isinstance(page, OpenDataPage):
        raise Http404
    restricted = PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()
    if restricted:
        raise Http404
    return page.export(request, name)
