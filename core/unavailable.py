"""A database or a media folder that does not answer is an outage, not a bug: 503.

While PostgreSQL restarts, or while the media folder is full or read-only, a request
that needs them fails with an `OperationalError`, an `InterfaceError` or an `OSError`
(ENOSPC, EDQUOT, EROFS). Django would answer each with its 500 page; Soleil answers
them with the 503 page in the site's look, `Retry-After` and `no-store`, so that
visitors, monitors and caches know to come back soon, and nothing keeps the error.
Django still logs each one (the `django.request` logger) with its traceback.

Nothing sticks once the outage ends: the production settings check a kept database
connection before reusing it (`CONN_HEALTH_CHECKS`) and Django closes one that failed
at the end of its request, so the next request opens a new one.

`server_error`, Django's `handler500` (sse_site/urls.py), sees what any view or
middleware raised; anything else gets the usual 500 page. Where an outage has a better
answer, the code that meets it gives it first: an upload the media folder cannot take
is the upload form's error (core.uploads.StoredOnValidation), a module pack the storage
refuses gets the module's own 503 page (curriculum.pack_refusals).
"""

import errno
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import patch_cache_control
from django.views import defaults

RETRY_AFTER_SECONDS = 30
STORAGE_UNAVAILABLE = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


def is_database_outage(error):
    return isinstance(error, (OperationalError, InterfaceError))


def is_storage_unavailable(error):
    return isinstance(error, OSError) and error.errno in STORAGE_UNAVAILABLE


def unavailable_response():
    """The branded 503 page: the site is briefly unable to answer, try again soon. Made
    without the request's context processors, which may need the database."""
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


def server_error(request, template_name="500.html"):
    """Django's 500 handler, with an outage of the database or the media folder
    answered 503 instead. It runs while Django handles the exception, so the exception
    is the one being handled."""
    error = sys.exc_info()[1]
    if is_database_outage(error) or is_storage_unavailable(error):
        return unavailable_response()
    return defaults.server_error(request, template_name)
