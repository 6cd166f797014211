"""The module pack: one ZIP with a PDF of the module and every resource file.

A pack is built once and kept in the default storage under a name made from
everything it contains (the published revision, each file's hash, the way its
files are named), so it is served as it is until the page is published again
or one of its files changes; then a new one is built and the old one removed.

Files in the pack are named as people read them, in the pack's language:
"Finanzas éticas.pdf", "01 Ficha del alumnado - cómo funciona una cooperativa.pdf".

A pack is one file for every visitor, so it holds only the documents every visitor
may download: one in a private collection (a collection with view restrictions, or
under one) is left out (`pack_resources`). Each file is copied into the pack as it is
stored, in pieces, and the pack is written to a temporary file, not held in memory:
nothing reads inside a file (an Office file is itself a ZIP, which may unpack to far
more than it weighs), and a build's memory does not grow with the files' size. A pack
whose files weigh more than `MODULE_PACK_MAX_BYTES` is not built (`PackTooLarge`):
its files are downloaded one by one from the module's page.
"""

import hashlib
import logging
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import CollectionViewRestriction

from core.locks import exclusive

logger = logging.getLogger(__name__)

PACK_FOLDER = "module-packs"
PRINT_STYLESHEET = "css/module-print.css"
# Changes when files are named otherwise, so that packs kept from before are rebuilt.
NAMING = "readable-names-1"
NAME_LENGTH = 100
# What Windows, macOS or Linux refuse in a file name, and the Spanish opening
# question mark, which would be left alone once "?" is gone.
REFUSED_IN_NAMES = re.compile(r'[\\/*?"<>|¿\x00-\x1f\x7f]')
# A ZIP ends with its "end of central directory" record, written last (22 bytes when,
# as in a pack, the archive has no comment).
ZIP_END = b"PK\x05\x06"
ZIP_END_LENGTH = 22
# Files are copied into a pack in pieces of this size.
COPY_CHUNK = 1024 * 1024


class PackTooLarge(Exception):
    """The module's files weigh more than a pack may (`MODULE_PACK_MAX_BYTES`)."""

    def __init__(self, size):
        super().__init__(f"A pack of {size} bytes of files is over the limit.")
        self.size = size


def pack_resources(module):
    """The resources that go into the module's pack: those with a document every
    visitor may download (in no private collection), in their order."""
    resources = module.downloadable_resources()
    private = tuple(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not private:
        return resources
    return [
        resource
        for resource in resources
        if not resource.document.collection.path.startswith(private)
    ]


def files_size(resources):
    return sum(stored_size(resource.document) for resource in resources)


def stored_size(document):
    """What the file weighs, as recorded when it was uploaded, else as the storage says
    (a file it has lost weighs nothing here: the build then says what is wrong)."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except OSError:
        return 0


def refuse_too_large(resources):
    """Raise `PackTooLarge` when the files would make a pack over the limit."""
    size = files_size(resources)
    if size > settings.MODULE_PACK_MAX_BYTES:
        raise PackTooLarge(size)


def pack_fingerprint(module, resources):
    parts = [
        NAMING,
        str(module.pk),
        module.locale.language_code,
        str(module.live_revision_id or module.latest_revision_id),
    ]
    for resource in resources:
        document = resource.document
        parts.append(f"{resource.pk}:{document.pk}:{document.file_hash}:{document.file.name}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def pack_name(module, fingerprint):
    return f"{PACK_FOLDER}/{module.pk}/{fingerprint}.zip"


def refuse_remote_urls(url, *args, **kwargs):
    """WeasyPrint may only read local files: a module PDF never fetches from the network."""
    raise ValueError(f"Not fetched while printing a module: {url}")


def module_pdf(module, resources, request):
    # WeasyPrint takes a while to import; only pack builds need it.
    from weasyprint import CSS, HTML

    with translation.override(module.locale.language_code):
        html = render_to_string(
            "curriculum/module_print.html",
            {"page": module, "resources": resources, "for_pdf": True},
            request=request,
        )
    stylesheet = CSS(filename=finders.find(PRINT_STYLESHEET))
    return HTML(string=html, url_fetcher=refuse_remote_urls).write_pdf(stylesheets=[stylesheet])


def readable_name(text):
    """`text` as a file name: accents, spaces and capitals kept, a colon made a dash
    ("Ficha: ¿de dónde…?" → "Ficha - de dónde…"), what file systems refuse left out."""
    text = unicodedata.normalize("NFC", text).replace(":", " -")
    text = " ".join(REFUSED_IN_NAMES.sub("", text).split())
    if len(text) > NAME_LENGTH:
        text = text[:NAME_LENGTH].rsplit(" ", 1)[0]
    return text.strip(" .-")


def borrowed_documents(module, resources):
    """The documents the module uses as they came from the page it was translated
    from (a translation keeps the original's files until given its own): their titles
    are in the original's language. The page made first of a translation group is
    taken as the original."""
    keys = {resource.translation_key for resource in resources}
    if not keys:
        return set()
    elsewhere = (
        type(resources[0])
        .objects.filter(translation_key__in=keys, page_id__lt=module.pk, document__isnull=False)
        .exclude(locale_id=module.locale_id)
        .values_list("translation_key", "document_id")
    )
    ours = {(resource.translation_key, resource.document_id) for resource in resources}
    return {document_id for key, document_id in elsewhere if (key, document_id) in ours}


def resource_filename(position, resource, module, borrowed):
    """ "01 Ficha del alumnado - cómo funciona una cooperativa.pdf": the document's
    title, or, for a file borrowed from the original language, its kind and the
    module's title in the pack's language ("01 Fiche élève - Finances éthiques.pdf")."""
    document = resource.document
    name = readable_name(document.title)
    if document.pk in borrowed or not name:
        with translation.override(module.locale.language_code):
            kind = str(resource.get_kind_display())
        name = readable_name(f"{kind} - {module.title}")
    return f"{position:02d} {name}.{document.file_extension.lower()}"


def module_filename(module):
    return f"{readable_name(module.title) or module.slug}.pdf"


def build_pack(module, resources, request, destination):
    """Write the pack into the open file `destination`: the module's PDF, then each
    file as it is stored, copied in pieces."""
    refuse_too_large(resources)
    borrowed = borrowed_documents(module, resources)
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(module_filename(module), module_pdf(module, resources, request))
        for position, resource in enumerate(resources, start=1):
            name = resource_filename(position, resource, module, borrowed)
            with resource.document.open_file() as source, archive.open(name, "w") as member:
                shutil.copyfileobj(source, member, COPY_CHUNK)


def stored_pack(module, request):
    """The name of the module's current pack in storage, built first if needed.

    When many teachers ask for a new pack at once, one request builds it while the
    others wait for it (`core.locks`), then all get the same file. A pack is known to
    be whole only once its builder has let go of the lock: a file being written already
    exists in storage, so `exists()` is asked under the lock, and its answer kept in
    the cache for the requests that follow.
    """
    resources = pack_resources(module)
    name = pack_name(module, pack_fingerprint(module, resources))
    if known_whole(name):
        return name
    with exclusive(pack_lock(module)):
        if not is_stored_whole(name):
            with tempfile.TemporaryFile() as built:
                build_pack(module, resources, request, built)
                replace_pack(module, name, built)
            logger.info("module pack built: %s", name)
    cache.set(whole_pack_key(name), True, None)
    return name


def current_pack_name(module):
    return pack_name(module, pack_fingerprint(module, pack_resources(module)))


def is_whole(module, name):
    """Whether the pack `name` is in storage and whole (asked under the builder's lock,
    whose wait is a build's length at most; the answer is then kept in the cache)."""
    if known_whole(name):
        return True
    with exclusive(pack_lock(module)):
        whole = is_stored_whole(name)
    if whole:
        cache.set(whole_pack_key(name), True, None)
    return whole


def is_stored_whole(name):
    """Whether the pack `name` is in storage in full: a builder killed while writing it
    (a worker stopped, a machine lost) leaves a file cut short, without the end record
    a ZIP is closed with."""
    if not default_storage.exists(name):
        return False
    with default_storage.open(name) as stored:
        size = stored.seek(0, os.SEEK_END)
        if size < ZIP_END_LENGTH:
            return False
        stored.seek(size - ZIP_END_LENGTH)
        return stored.read(len(ZIP_END)) == ZIP_END


def known_whole(name):
    return bool(cache.get(whole_pack_key(name)))


def pack_lock(module):
    return f"module-pack-{module.pk}"


def whole_pack_key(name):
    return f"soleil:whole-pack:{name}"


def replace_pack(module, name, built):
    """Store the new pack under `name` (where a pack cut short may lie), then remove the
    module's older packs: they stay until the new one is stored whole."""
    folder = f"{PACK_FOLDER}/{module.pk}"
    if default_storage.exists(name):
        default_storage.delete(name)
    built.seek(0)
    stored = os.path.basename(default_storage.save(name, File(built, os.path.basename(name))))
    for old in default_storage.listdir(folder)[1]:
        if old != stored and not old.startswith("."):
            default_storage.delete(f"{folder}/{old}")


def serve_pack(module, request):
    return pack_response(module, stored_pack(module, request))


def pack_response(module, name):
    return FileResponse(
        default_storage.open(name),
        as_attachment=True,
        filename=f"soleil-{module.slug}.zip",
        content_type="application/zip",
    )
