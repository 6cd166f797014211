from django.http import Http404
from wagtail.models import PageViewRestriction, Site

from events.models import EventIndexPage, EventPage


def calendar_file(request, page_path, name):
    """`…/calendar.ics` of an event index and `…/event.ics` of an event.

    Wagtail's page URLs end with a slash and allow no dot, so these two
    addresses get their own URL pattern; the page is found the way Wagtail
    finds it (live, in the language of the address) and asked for its file.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in page_path.split("/") if component]
    page = site.root_page.localized.specific.route(request, components).page.specific
    restricted = PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()
    if restricted:
        raise Http404
    if name == "calendar" and isinstance(page, EventIndexPage):
        return page.calendar_file(request)
    if name == "event" and isinstance(page, EventPage):
        return page.calendar_file(request)
    raise Http404
