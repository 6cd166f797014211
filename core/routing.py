"""Finding the page an address names in two queries, however deep it is.

Wagtail walks an address one slug at a time — the site, the locale, the home
page's translation, then two queries per level (the child, then its specific
row) — so a story costs seven queries before it is shown. Here the site and
each language's home page are remembered until the content changes
(`core.freshness`); the pages along the path are fetched in one query by their
`url_path`, and the page found in one more, with what the page type says it
needs to be shown (`serving_queryset`, a classmethod: related rows joined,
children prefetched).

Wagtail's rules are kept: a routable page on the way answers the rest of the
path itself when one of its routes matches (a sector page under the sector
index, an index's feed), a page that routes in its own way is asked to, and a
page that is not live is not found. `core.views.serve` hands the result to
Wagtail's own page view, which runs its hooks and serves the page.
"""

import copy

from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from core import freshness

CHAIN_FIELDS = ("id", "path", "depth", "url_path", "live", "content_type_id", "locale_id")


def site_for_request(request):
    """The request's Wagtail site (remembered by host and port), as Wagtail finds it."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()

        def load():
            try:
                return get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                return None

        request._wagtail_site = freshness.remember("site", hostname, port, compute=load)
    return request._wagtail_site


def home_for(site, language_code):
    """The site root's live translation in `language_code`, specific, or the root itself."""

    def load():
        root = site.root_page
        translated = (
            Page.objects.filter(
                translation_key=root.translation_key,
                locale__language_code=language_code,
                live=True,
            ).first()
            or root
        )
        return specific_for_serving(translated)

    return freshness.remember("home", site.pk, language_code, compute=load)


def parent_page(page):
    """The page's parent, specific, remembered until the content changes (an index page
    is the parent of thousands of stories: it is fetched once, not once per story)."""
    parent_path = page.path[: -page.steplen]
    return freshness.remember(
        "parent", parent_path, compute=lambda: Page.objects.get(path=parent_path).specific
    )


def routes_itself(page, remaining):
    """Whether `page` answers `remaining` itself rather than passing it to a child."""
    page_class = page.specific_class
    if page_class is None:
        return False
    if issubclass(page_class, RoutablePageMixin):
        if not page.live:
            return False
        try:
            page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Resolver404:
            return False
        return True
    return page_class.route is not Page.route


def specific_for_serving(page):
    page_class = page.specific_class
    serving = getattr(page_class, "serving_queryset", None)
    if serving is not None:
        queryset = serving()
    else:
        queryset = page_class._default_manager.select_related("locale")
    return queryset.get(pk=page.pk)


def deepest_page(root, components):
    """The deepest page on the path under `root` that a child lookup would reach,
    and how many components lead to it (one query)."""
    prefixes = [
        root.url_path + "".join(f"{part}/" for part in components[:depth])
        for depth in range(1, len(components) + 1)
    ]
    chain = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, path__startswith=root.path).only(
            *CHAIN_FIELDS
        )
    }
    page, consumed = root, 0
    while consumed < len(components):
        child = chain.get(prefixes[consumed])
        if child is None or child.depth != page.depth + 1:
            break
        if routes_itself(page, components[consumed:]):
            break
        page, consumed = child, consumed + 1
    return page, consumed


def route_from(root, request, components):
    """What `root.route(request, components)` returns, in two queries."""
    if not components:
        return copy.copy(root).route(request, [])
    page, consumed = deepest_page(root, components)
    page = copy.copy(root) if page is root else specific_for_serving(page)
    return page.route(request, components[consumed:])


def find_route(request, path):
    """The page, args and kwargs that `path` names on this request's site, or None."""
    site = site_for_request(request)
    if site is None:
        return None
    home = home_for(site, translation.get_language())
    try:
        return route_from(home, request, [part for part in path.split("/") if part])
    except Http404:
        return None
