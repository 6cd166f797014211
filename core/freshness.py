"""The content generation: a token that changes whenever anything visitors can see changes.

Whatever Soleil keeps to answer faster — whole pages (`core.page_cache`), listing
counts, the site's structure held in a worker's memory — is kept under the
generation that was current when it was made, and used only while that
generation is still current. Publishing, unpublishing, moving or deleting a
page, or changing a vocabulary term, an image, a document, the footer or a
setting (`core.invalidation`) starts a new generation: from that moment nothing
made before is used, in any process and — with Redis — on any app server.

    from core import freshness

    freshness.remember("menu", language, compute=build_menu)   # in this process
    freshness.cached("story-figures", locale.pk, compute=count)  # shared by all workers
    freshness.advance()                                          # content changed

Some pages also change by themselves, with the clock: an event ends and leaves the
upcoming list, a campaign starts running. Apps say when the next such moment is
with the `next_content_change` hook (a function of `now` returning an aware
datetime or None); nothing cached is used past that moment (`next_change`).

The generation lives in the `pages` cache (a folder shared by the workers of one
machine by default, Redis when `REDIS_URL` is set), under a key that includes
the release (`settings.RELEASE`), so a deployment of new code starts afresh.
"""

import contextvars
import hashlib
import secrets
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from wagtail import hooks

_pinned = contextvars.ContextVar("soleil_content_generation", default=None)
_MISSING = object()
# A bound on what `remember` keeps, whatever addresses and hosts it is asked about.
MAX_REMEMBERED = 5_000


class _Memo:
    """The values `remember` keeps, all made under one generation."""

    def __init__(self, generation):
        self.generation = generation
        self.values = {}


_memo = _Memo(None)
_clock = {"generation": None, "moment": None}


def store():
    return caches[settings.PAGE_CACHE_ALIAS]


def _key():
    return f"soleil:generation:{settings.RELEASE}"


def _new_token():
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def current():
    """The current generation (read once per request when a request pins it)."""
    pinned = _pinned.get()
    if pinned is not None:
        return pinned
    generation = store().get(_key())
    if generation is None:
        store().add(_key(), _new_token(), timeout=None)
        generation = store().get(_key())
    return generation


def pin():
    """Read the generation once for the request being served; `unpin(token)` after."""
    return _pinned.set(current())


def unpin(token):
    _pinned.reset(token)


def _start_new_generation():
    generation = _new_token()
    store().set(_key(), generation, timeout=None)
    if _pinned.get() is not None:
        _pinned.set(generation)


def advance():
    """Content changed: start a new generation now, and again once the change is
    committed, so that nothing read from the old rows in between is kept."""
    _start_new_generation()
    transaction.on_commit(_start_new_generation)


def remember(*key, compute):
    """A value kept in this process's memory until the generation changes.

    For small things every page needs (the site, its locales, the menu), never for
    values keyed by what a visitor typed: the memory it takes must stay bounded.
    """
    global _memo
    generation = current()
    memo = _memo
    if memo.generation != generation or len(memo.values) >= MAX_REMEMBERED:
        memo = _memo = _Memo(generation)
    try:
        return memo.values[key]
    except KeyError:
        value = memo.values[key] = compute()
        return value


def next_change(now=None):
    """The first moment after `now` when a page shows something else by itself, or None.

    Asked of the apps once per generation, and again each time that moment passes.
    """
    now = now or timezone.now()
    generation = current()
    known = _clock
    if known["generation"] == generation and (known["moment"] is None or now < known["moment"]):
        return known["moment"]
    moments = [moment for ask in hooks.get_hooks("next_content_change") if (moment := ask(now))]
    moment = min((moment for moment in moments if moment > now), default=None)
    _clock.update(generation=generation, moment=moment)
    return moment


def seconds_fresh(now=None, longest=None):
    """How long something made now stays fresh: until the clock changes a page, at most
    `longest` (PAGE_CACHE_SECONDS by default); 0 when that moment is now."""
    now = now or timezone.now()
    longest = longest or settings.PAGE_CACHE_SECONDS
    moment = next_change(now)
    if moment is None:
        return longest
    return max(0, min(longest, int((moment - now).total_seconds())))


def cached(*key, compute, timeout=None):
    """A value kept in the shared cache until the generation changes, the clock changes
    a page, or `timeout` passes: for aggregates whose cost grows with the content
    (facet counts, key figures). `key` must be made of plain values."""
    digest = hashlib.sha1(repr(key).encode(), usedforsecurity=False).hexdigest()
    moment = next_change()
    until = int(moment.timestamp()) if moment else "never"
    full_key = f"soleil:value:{current()}:{until}:{digest}"
    value = store().get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        seconds = seconds_fresh(longest=timeout)
        if seconds:
            store().set(full_key, value, seconds)
    return value
