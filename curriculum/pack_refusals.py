"""What a teacher gets instead of a module pack that cannot be given, in the module's
language and the site's look, kept by no cache and indexed by no search engine:

- the module's files weigh more than a pack may (`MODULE_PACK_MAX_BYTES`): 404, there
  is no pack of this module, with the way to its files one by one;
- the storage refuses the pack (disk full, media folder read-only, object storage not
  answering): 503 with `Retry-After`, the site itself keeps serving, and the operator
  finds the cause in the log.
"""

import logging

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

# How soon a teacher may try again after the storage refused a pack.
UNAVAILABLE_RETRY_SECONDS = 300


def refusal(module, request, status, context):
    with translation.override(module.locale.language_code):
        response = render(
            request, "curriculum/pack_refused.html", {"page": module, **context}, status=status
        )
    patch_cache_control(response, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def pack_too_large(module, request, size):
    megabytes = settings.MODULE_PACK_MAX_BYTES // (1024 * 1024)
    return refusal(
        module,
        request,
        404,
        {"too_large": True, "size_mb": -(-size // (1024 * 1024)), "limit_mb": megabytes},
    )


def pack_unavailable(module, request):
    logger.exception("The pack of module %s could not be built or read from storage.", module.pk)
    response = refusal(module, request, 503, {"too_large": False})
    response["Retry-After"] = str(UNAVAILABLE_RETRY_SECONDS)
    return response
