"""Purges a caching proxy or CDN of every page that shows a page just published or unpublished.

Wagtail's frontend-cache app purges the page itself (all its `get_cached_paths`).
A page is also shown elsewhere: its translations link to it in their language
switcher, its index and home list it, sector and campaign pages gather it, the
sitemap lists it. This adds those addresses to one purge batch. Other changes
(a vocabulary term, the footer) are not purged one by one: a proxy keeps pages
at most `CDN_MAX_AGE` seconds (README, "Page cache"). Nothing is done when no
proxy or CDN is configured.
"""

from django.apps import apps
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished


def gathering_page_models():
    """Page types that show other pages (`gathers_pages = True`): home, sectors, campaigns."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "gathers_pages", False)
    ]


def pages_showing(page):
    shown = [page, *page.get_translations().live()]
    ancestors = Page.objects.none()
    for each in shown:
        ancestors |= Page.objects.ancestor_of(each).filter(depth__gt=1)
    gathering = [list(model.objects.live()) for model in gathering_page_models()]
    return shown + list(ancestors.live()) + [p for pages in gathering for p in pages]


def purge_pages_showing(instance, **kwargs):
    if not get_backends():
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(instance))
    for site in Site.objects.all():
        batch.add_url(site.root_url + reverse("sitemap"))
        batch.add_url(site.root_url + reverse("sitemap_section", args=["pages"]))
    batch.purge()


def connect():
    page_published.connect(purge_pages_showing, dispatch_uid="purge-showing-published")
    page_unpublished.connect(purge_pages_showing, dispatch_uid="purge-showing-unpublished")
