"""The module pack: one ZIP with a PDF of the module and every resource file.

A pack is built once and kept in the default storage under a name made from
everything it contains (the published revision, each file's hash), so it is
served as it is until the page is published again or one of its files
changes; then a new one is built and the old one removed.
"""

import hashlib
import io
import zipfile

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from core.locks import exclusive

PACK_FOLDER = "module-packs"
PRINT_STYLESHEET = "css/module-print.css"


def pack_fingerprint(module, resources):
    parts = [
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


def resource_filename(position, resource, language):
    document = resource.document
    with translation.override(language):
        kind = str(resource.get_kind_display())
    name = slugify(f"{kind} {document.title}")[:80] or "resource"
    return f"{position:02d}-{name}.{document.file_extension.lower()}"


def build_pack(module, resources, request):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{module.slug}.pdf", module_pdf(module, resources, request))
        for position, resource in enumerate(resources, start=1):
            with resource.document.open_file() as source:
                name = resource_filename(position, resource, module.locale.language_code)
                archive.writestr(name, source.read())
    return buffer.getvalue()


def stored_pack(module, request):
    """The name of the module's current pack in storage, built first if needed.

    When many teachers ask for a new pack at once, one request builds it while the
    others wait for it (`core.locks`), then all get the same file.
    """
    resources = module.downloadable_resources()
    name = pack_name(module, pack_fingerprint(module, resources))
    if default_storage.exists(name):
        return name
    with exclusive(f"module-pack-{module.pk}"):
        if not default_storage.exists(name):
            replace_pack(module, name, build_pack(module, resources, request))
    return name


def replace_pack(module, name, content):
    folder = f"{PACK_FOLDER}/{module.pk}"
    if default_storage.exists(folder):
        for old in default_storage.listdir(folder)[1]:
            default_storage.delete(f"{folder}/{old}")
    default_storage.save(name, ContentFile(content))


def serve_pack(module, request):
    name = stored_pack(module, request)
    return FileResponse(
        default_storage.open(name),
        as_attachment=True,
        filename=f"soleil-{module.slug}.zip",
        content_type="application/zip",
    )
