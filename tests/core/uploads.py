"""An editor at the admin's own upload views, and what an upload left in the media folder
and the database: shared by the tests of hostile uploads."""

import io
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from core.roles import setup_editors
from tests.admin_login import log_in_speaking

# The admin's four upload views: a form for one file, and the page that takes many.
IMAGE_VIEWS = ["wagtailimages:add", "wagtailimages:add_multiple"]
DOCUMENT_VIEWS = ["wagtaildocs:add", "wagtaildocs:add_multiple"]

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def media_cleared():
    """The files a test adds to the media folder are removed after it, as its rows are:
    a `guia.pdf` left there would make the next test's `guia.pdf` another name."""
    before = media_files()
    yield
    root = Path(settings.MEDIA_ROOT)
    for name in media_files() - before:
        (root / name).unlink(missing_ok=True)


@pytest.fixture
def editor(client, django_user_model, db, media_cleared):
    """`editor("fr")`: a client logged in as a member of Editors who reads the admin in
    French."""
    user = django_user_model.objects.create_user("editora", "editora@example.org", "x")
    user.groups.add(setup_editors())

    def speaking(language_code="es"):
        return log_in_speaking(client, user, language_code)

    return speaking


def upload(client, view, uploaded, title=None):
    """Post `uploaded` to one of the admin's upload views, into the root collection, as
    its page does; the error shown for the file, or None when the upload was taken."""
    uploaded.seek(0)
    collection = Collection.get_first_root_node().pk
    fields = {"collection": collection}
    if title is not None:
        fields["title"] = title
    if view.endswith("add_multiple"):
        response = client.post(reverse(view), {**fields, "files[]": uploaded})
        assert response.status_code == 200
        result = response.json()
        assert "uploaded_file_id" not in result  # not put aside for missing details
        return None if result["success"] else result["error_message"]
    response = client.post(reverse(view), {"title": uploaded.name, **fields, "file": uploaded})
    if response.status_code == 302:
        return None
    assert response.status_code == 200
    # As the page shows them, in the language it was made in.
    errors = BeautifulSoup(response.text, "html.parser").select(".error-message")
    assert errors, response.text
    return " ".join(error.get_text(" ", strip=True) for error in errors)


def media_files():
    """Every file in the media folder, by its path there."""
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def stored_rows():
    """How many images, renditions, documents and pending uploads the database holds."""
    Image = get_image_model()
    return {
        "images": Image.objects.count(),
        "renditions": Image.get_rendition_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "pending uploads": UploadedFile.objects.filter(
            for_content_type__in=ContentType.objects.get_for_models(
                Image, get_document_model()
            ).values()
        ).count(),
    }


def office_file(name, members):
    """An Office Open XML file (.docx, .xlsx) of `members` {name: bytes}, with the part
    every such file starts with."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        for member, content in members.items():
            archive.writestr(member, content)
    return SimpleUploadedFile(name, buffer.getvalue())


def zip_bomb(name, expanded_bytes):
    """A small .docx/.xlsx whose one member unpacks to `expanded_bytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = bytes(1024 * 1024)
            for _ in range(expanded_bytes // len(block)):
                member.write(block)
    return SimpleUploadedFile(name, buffer.getvalue())
