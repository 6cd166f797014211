"""Module packs built by the task worker, when background work is queued.

With the immediate backend (`TASKS_BACKEND=immediate`, what `make run` uses) a pack
is built in the request that first asks for it, while the others wait
(`curriculum.packs.stored_pack`). With a queue (`TASKS_BACKEND=database`) no request
builds a pack: the first teacher to ask for one that is not whole yet queues its
build (`build_module_pack`) and, like every teacher after them, gets at once a page
that says it is being prepared and asks again every few seconds; the worker builds
it, and the next try downloads it. Publishing a module queues the build of its new
pack straight away, so teachers rarely see that page.

A build is queued at most once per pack: a marker in the cache holds the queued
task's id until the task has run; a task lost with its worker (its row left
"running") is queued again once the marker expires, after `QUEUED_SECONDS`. The
task builds only a pack that is not whole, under the builder's lock, so a task
queued twice or run again builds the pack once.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.test import RequestFactory
from django.utils import translation
from django.utils.cache import patch_cache_control
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.exceptions import TaskResultDoesNotExist
from wagtail.models import Page
from wagtail.signals import page_published

from curriculum.pack_refusals import pack_too_large, pack_unavailable
from curriculum.packs import (
    PackTooLarge,
    current_pack_name,
    is_whole,
    known_whole,
    pack_resources,
    pack_response,
    refuse_too_large,
    serve_pack,
    stored_pack,
)

# Longer than a build and a worker's restart; then a lost task is queued again.
QUEUED_SECONDS = 15 * 60
# What the marker holds between its creation and the task's id.
QUEUING = "queuing"
# How long the "being prepared" page waits before asking again.
RETRY_SECONDS = 5


@task()
def build_module_pack(page_id):
    """Build the current pack of the module `page_id`, unless it is whole already or
    the module was unpublished or deleted since the build was queued."""
    module = Page.objects.live().filter(pk=page_id).specific().first()
    if module is not None:
        stored_pack(module, site_request())


def site_request():
    """A request for the site's public address (`SITE_BASE_URL`), to print a module
    outside any request: module_print.html prints the module's address with the
    request's scheme and host, and `pageurl` finds the Wagtail site from it."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    secure = address.scheme == "https"
    port = address.port or (443 if secure else 80)
    return RequestFactory().get("/", secure=secure, HTTP_HOST=address.netloc, SERVER_PORT=str(port))


def builds_in_request():
    """Whether background work runs at once, in the process that asks for it."""
    return isinstance(build_module_pack.get_backend(), ImmediateBackend)


def pack_download(module, request):
    """The module's pack as a ZIP (200), or, with a queue and the pack not whole yet,
    the "being prepared" page (202); a module whose files weigh too much has no pack
    (404), and a storage that fails gives "try again later" (503, `pack_refusals`)."""
    try:
        refuse_too_large(pack_resources(module))
        return pack_or_waiting_page(module, request)
    except PackTooLarge as too_large:
        return pack_too_large(module, request, too_large.size)
    except OSError:
        return pack_unavailable(module, request)


def pack_or_waiting_page(module, request):
    if builds_in_request():
        return serve_pack(module, request)
    name = current_pack_name(module)
    if known_whole(name) or (not is_queued(name) and is_whole(module, name)):
        return pack_response(module, name)
    queue_build(module, name)
    return being_prepared(module, request)


def queue_build(module, name=None):
    """Queue the build of the module's current pack, unless it is queued already."""
    name = name or current_pack_name(module)
    key = queued_key(name)
    if cache.add(key, QUEUING, QUEUED_SECONDS):
        result = build_module_pack.enqueue(module.pk)
        cache.set(key, result.id, QUEUED_SECONDS)


def is_queued(name):
    """Whether the pack's build is queued and not run yet. A marker whose task has
    run is removed, so that a build that failed can be queued again."""
    key = queued_key(name)
    marker = cache.get(key)
    if marker is None:
        return False
    if marker == QUEUING or not build_module_pack.get_backend().supports_get_result:
        return True
    try:
        waiting = not build_module_pack.get_result(marker).is_finished
    except TaskResultDoesNotExist:
        waiting = False
    if not waiting:
        cache.delete(key)
    return waiting


def queued_key(name):
    return f"soleil:pack-queued:{name}"


def being_prepared(module, request):
    """The page a teacher gets while the pack is built: it asks again by itself every
    few seconds (unless asked not to), and the download starts once the pack is ready.
    202 Accepted rather than 503: the request is taken and will be done, and monitors
    and CDNs would count a 503 as the site failing. Kept by no cache, indexed by no
    search engine."""
    refreshes = request.GET.get("refresh") != "off"
    context = {"page": module, "refreshes": refreshes, "retry_seconds": RETRY_SECONDS}
    with translation.override(module.locale.language_code):
        response = render(request, "curriculum/pack_being_prepared.html", context, status=202)
    patch_cache_control(response, no_store=True)
    response["Retry-After"] = str(RETRY_SECONDS)
    response["X-Robots-Tag"] = "noindex"
    return response


def queue_build_on_publish(sender, instance, **kwargs):
    """A module published: with a queue, its new pack is built at once."""
    if not builds_in_request():
        queue_build(instance)


def connect():
    from curriculum.models import ModulePage

    page_published.connect(
        queue_build_on_publish, sender=ModulePage, dispatch_uid="module-pack-on-publish"
    )
