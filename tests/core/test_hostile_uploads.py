"""Hostile files at the admin's own upload views, uploaded by an editor: a web page
named `.pdf`, a program, a script, an SVG, an image that claims 3.6 billion pixels.
Each is refused with a message in the editor's language and leaves nothing behind;
what is taken is served to visitors only as a download the browser does not sniff."""

import io
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile
from wagtail.documents import get_document_model

from tests.core.test_upload_errors import png_claiming
from tests.core.uploads import (
    DOCUMENT_VIEWS,
    IMAGE_VIEWS,
    PDF,
    media_files,
    office_file,
    stored_rows,
    upload,
)

WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


@pytest.fixture
def untouched(db):
    """Asserts, after the test, that its uploads left no row and no file behind."""
    rows, files = stored_rows(), media_files()
    yield
    assert stored_rows() == rows
    assert media_files() == files


@pytest.mark.parametrize("view", DOCUMENT_VIEWS)
@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "no es un verdadero «pdf»"), ("fr", "n'est pas un vrai fichier « pdf »")],
)
def test_a_web_page_named_pdf_is_refused_in_the_editor_s_language(
    editor, untouched, view, language, words
):
    renamed = SimpleUploadedFile("programa-del-curso.pdf", WEB_PAGE, "application/pdf")

    error = upload(editor(language), view, renamed)

    assert error is not None
    assert words in error.replace("\xa0", " ")


@pytest.mark.parametrize("view", DOCUMENT_VIEWS)
@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("instalador.exe", b"MZ\x90\x00\x03" + bytes(200)),
        ("portada.html", WEB_PAGE),
        ("contador.js", b"fetch('/admin/').then(r => r.text())"),
    ],
)
def test_a_document_type_outside_the_allow_list_is_refused(
    editor, untouched, view, filename, content
):
    error = upload(editor("es"), view, SimpleUploadedFile(filename, content))

    assert error is not None
    assert f"“{filename.rsplit('.', 1)[1]}”" in error


@pytest.mark.parametrize("view", IMAGE_VIEWS)
def test_an_svg_image_is_refused(editor, untouched, view):
    error = upload(editor("es"), view, SimpleUploadedFile("logo.svg", SVG, "image/svg+xml"))

    assert error is not None
    assert "svg" in error.lower() or "formato" in error


@pytest.mark.parametrize("view", IMAGE_VIEWS)
def test_an_svg_named_png_is_refused(editor, untouched, view):
    error = upload(editor("es"), view, SimpleUploadedFile("logo.png", SVG, "image/png"))

    assert error is not None


def real_documents():
    """Files of every type editors upload, as their programs write them."""
    return [
        SimpleUploadedFile("guia.pdf", PDF),
        office_file("ficha.docx", {"word/document.xml": "<w:document/>"}),
        office_file("datos.xlsx", {"xl/workbook.xml": "<workbook/>"}),
    ]


@pytest.mark.parametrize("view", DOCUMENT_VIEWS)
def test_real_documents_of_the_allowed_types_are_taken(editor, view):
    client = editor("es")
    for document in real_documents():
        assert upload(client, view, document, title=document.name) is None
    assert get_document_model().objects.count() == 3


def test_a_document_is_served_only_as_a_download_the_browser_does_not_sniff(editor, client):
    upload(editor("es"), "wagtaildocs:add_multiple", SimpleUploadedFile("guia.pdf", PDF))
    client.logout()
    document = get_document_model().objects.get()

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize("view", IMAGE_VIEWS)
def test_an_image_claiming_60000_by_60000_pixels_is_refused_without_being_decoded(
    editor, untouched, view, monkeypatch
):
    client = editor("es")
    decoded = []
    real_load = ImageFile.ImageFile.load
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda image: decoded.append(image) or real_load(image)
    )
    claiming = png_claiming(60_000, 60_000)
    assert len(claiming.read()) < 1_000

    tracemalloc.start()
    try:
        error = upload(client, view, claiming)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert error is not None
    assert "3 600 000 000" in error.replace("\xa0", " ")
    assert decoded == []
    assert peak < 20 * 1024 * 1024


@pytest.mark.parametrize("view", IMAGE_VIEWS)
def test_an_ordinary_photo_is_taken(editor, view):
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "orange").save(buffer, "JPEG")

    error = upload(editor("es"), view, SimpleUploadedFile("feria.jpg", buffer.getvalue()))

    assert error is None
