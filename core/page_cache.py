"""Whole pages for anonymous visitors, straight from the cache, until their content changes.

A campaign site gets its visitors in bursts. The first anonymous visitor of an
address gets the page made as usual; the next ones get that very response from
the `pages` cache, for as long as it is fresh:

- until the content generation changes (`core.freshness`, `core.invalidation`):
  publishing, unpublishing, moving or deleting a page, changing a term, an image,
  a document, the footer or a setting makes every cached page fresh at once;
- until the clock changes what a page shows (an event ends, a campaign starts);
- at most `PAGE_CACHE_SECONDS`.

Only what views mark as cacheable is kept (`allow`): public pages served by
Wagtail (not form pages, not pages in a private section), feeds, calendars, the
sitemap. A response is kept only when it is a 200 that sets no cookie, does not
vary on cookies, holds no CSRF token and does not say `private` or `no-store`.
Requests with a session (logged-in editors, previews, password-protected pages
once unlocked) or credentials never read nor fill the cache. Each address is kept
per host, path and query string, so every language and every filtered listing
has its own entry.

A count of what visitors ask for (the search terms) stays right however the page was
served: what a view calls with `call_on_every_serve` is called again each time the
cache serves that response.

Responses say so to browsers and proxies: `Cache-Control: public, max-age=0`
with an ETag (browsers ask again and get a 304 when nothing changed), plus
`s-maxage=CDN_MAX_AGE` for a CDN that Wagtail purges (`core.frontend_purge`).
"""

import functools
import hashlib

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import quote_etag
from django.utils.module_loading import import_string

from core import freshness

CACHEABLE = "_soleil_page_cacheable"
REPLAYED = "_soleil_page_replayed"
READ_METHODS = ("GET", "HEAD")
# Headers made anew for each response, never replayed from the cache.
NOT_KEPT_HEADERS = {"set-cookie", "date", "content-length", "x-page-cache"}


def allow(request):
    """Mark the response being made as the same for every anonymous visitor."""
    setattr(request, CACHEABLE, True)


def cacheable(view):
    """A view decorator: its responses may be kept (the sitemap, robots.txt…)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        allow(request)
        return view(request, *args, **kwargs)

    return wrapped


def call_on_every_serve(request, function, *args):
    """Call the module-level `function` with `args` now, and again each time the cache
    serves the response being made; it runs in the request, so it must be cheap. `args`
    are kept with the cached page: they must be the same for every visitor and say
    nothing about this one."""
    function(*args)
    path = f"{function.__module__}.{function.__qualname__}"
    setattr(request, REPLAYED, [*getattr(request, REPLAYED, []), (path, args)])


def is_anonymous_read(request):
    if request.method not in READ_METHODS or "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def cache_key(request):
    """One entry per host, path and query string (its parameters in any order)."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    query = sorted(request.GET.lists())
    address = f"{request.scheme}://{host}{request.path}?{query!r}"
    return "soleil:page:" + hashlib.sha256(address.encode()).hexdigest()


def is_shareable(request, response):
    """The response is the same for every anonymous visitor and says nothing personal."""
    if not getattr(request, CACHEABLE, False) or response.status_code != 200:
        return False
    if response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
    control = response.get("Cache-Control", "").lower()
    return "cookie" not in vary and not any(
        word in control for word in ("private", "no-store", "no-cache")
    )


def mark_public(response, seconds_fresh):
    response["ETag"] = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
    patch_cache_control(response, public=True, max_age=0)
    cdn_seconds = min(settings.CDN_MAX_AGE, seconds_fresh)
    if cdn_seconds:
        patch_cache_control(response, s_maxage=cdn_seconds)


class Entry:
    """A kept response: what is needed to send it again, and until when it is fresh."""

    def __init__(self, response, generation, fresh_until, replayed=()):
        self.generation = generation
        self.fresh_until = fresh_until
        self.replayed = list(replayed)
        self.content = response.content
        self.headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_KEPT_HEADERS
        ]
        self.etag = response.get("ETag")

    def is_fresh(self):
        now = timezone.now().timestamp()
        return self.generation == freshness.current() and now < self.fresh_until

    def response(self, request):
        if self.etag and request.META.get("HTTP_IF_NONE_MATCH") == self.etag:
            response = HttpResponseNotModified()
        else:
            response = HttpResponse(b"" if request.method == "HEAD" else self.content)
            response["Content-Length"] = str(len(self.content))
        for name, value in self.headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        for function_path, args in self.replayed:
            import_string(function_path)(*args)
        return response


class PageCacheMiddleware:
    """Put just after WhiteNoise, so a page from the cache costs about what a static file does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        pinned = freshness.pin()
        try:
            return self.respond(request)
        finally:
            freshness.unpin(pinned)

    def respond(self, request):
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if request.method in READ_METHODS and "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return response
        key = cache_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is not None:
            entry = freshness.store().get(key)
            if entry is not None and entry.is_fresh():
                return entry.response(request)
        response = self.get_response(request)
        if is_shareable(request, response):
            self.share(request, response, key)
        elif "Cache-Control" not in response:
            patch_cache_control(response, private=True)
        return response

    def share(self, request, response, key):
        seconds = freshness.seconds_fresh()
        mark_public(response, seconds)
        if key is None or not seconds or request.method != "GET":
            return
        entry = Entry(
            response,
            freshness.current(),
            timezone.now().timestamp() + seconds,
            replayed=getattr(request, REPLAYED, ()),
        )
        freshness.store().set(key, entry, seconds)
        response["X-Page-Cache"] = "miss"
