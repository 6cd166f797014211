"""An upload the admin refuses says what is wrong with the file, with real numbers, and
nothing else."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageFile


def png_claiming(width, height):
    """A small PNG whose header announces `width` × `height` pixels, as a huge photo's
    would: what is checked before anything is decoded."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return SimpleUploadedFile("panorama.png", bytes(data), content_type="image/png")


def spaced(message):
    """Spanish groups thousands with a no-break space; read it as a space."""
    return message.replace("\xa0", " ")


def upload(client, url_name, upload):
    response = client.post(reverse(url_name), {"files[]": upload})
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def spanish_admin(admin_speaking):
    return admin_speaking("es")


@pytest.mark.django_db
def test_an_image_too_large_for_the_image_library_is_refused_with_its_pixel_count(
    spanish_admin,
):
    result = upload(spanish_admin, "wagtailimages:add_multiple", png_claiming(20_000, 10_000))

    assert result["success"] is False
    message = spaced(result["error_message"])
    assert "200 000 000" in message
    assert "40 000 000" in message
    assert "unknown" not in message and "desconocid" not in message


def png_of(width, height):
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return SimpleUploadedFile("plano.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
def test_an_image_over_the_site_limit_is_refused_with_readable_numbers(spanish_admin):
    result = upload(spanish_admin, "wagtailimages:add_multiple", png_of(8_000, 6_000))

    assert result["success"] is False
    assert "48 000 000" in spaced(result["error_message"])
    assert "40 000 000" in spaced(result["error_message"])


@pytest.mark.django_db
def test_an_image_within_the_limits_is_accepted(spanish_admin):
    result = upload(spanish_admin, "wagtailimages:add_multiple", png_of(2_000, 1_000))

    assert result["success"] is True


@pytest.mark.django_db
def test_a_truncated_image_is_refused_as_not_an_image(spanish_admin):
    result = upload(spanish_admin, "wagtailimages:add_multiple", png_claiming(800, 600))

    assert result["success"] is False
    assert "imagen" in result["error_message"]


@pytest.mark.django_db
def test_a_truncated_image_is_refused_after_a_module_pack_was_printed(spanish_admin, monkeypatch):
    # What importing WeasyPrint does to Pillow, for the rest of the worker's life.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)

    result = upload(spanish_admin, "wagtailimages:add_multiple", png_claiming(800, 600))

    assert result["success"] is False
    assert "imagen" in result["error_message"]


@pytest.mark.django_db
def test_a_document_too_big_gets_the_size_error_alone(spanish_admin, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    too_big = SimpleUploadedFile("guia.pdf", b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")

    result = upload(spanish_admin, "wagtaildocs:add_multiple", too_big)

    assert result["success"] is False
    assert "1000" in result["error_message"]
    assert "extensión" not in result["error_message"]
    assert "\n" not in result["error_message"]


@pytest.mark.django_db
def test_a_document_of_a_refused_type_still_says_so(spanish_admin):
    script = SimpleUploadedFile("macro.exe", b"MZ" + b"0" * 100, "application/octet-stream")

    result = upload(spanish_admin, "wagtaildocs:add_multiple", script)

    assert result["success"] is False
    assert "“exe”" in result["error_message"]
