"""An upload the server cannot finish writing — the disk fills up halfway, the media
folder has turned read-only — is the upload form's error, in the editor's language,
never a server error; and it leaves no row and no piece of file behind."""

import errno
import io
import os

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model

from tests.core.uploads import (
    DOCUMENT_VIEWS,
    IMAGE_VIEWS,
    PDF,
    media_files,
    stored_rows,
    upload,
)

# What the editor reads, in Spanish and in French.
NOT_SAVED = {
    "es": "No se ha podido guardar el archivo",
    "fr": "Le fichier n'a pas pu être enregistré",
}


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "green").save(buffer, "JPEG")
    return SimpleUploadedFile("mercado.jpg", buffer.getvalue())


def files_for(view):
    return photo() if view.startswith("wagtailimages") else SimpleUploadedFile("guia.pdf", PDF)


def disk_fills_halfway(storage, name, content):
    """Django's write of a file, when the disk fills up in the middle of it."""
    path = storage.path(name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    content.seek(0)
    data = content.read()
    with open(path, "xb") as written:
        written.write(data[: len(data) // 2])
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)


def folder_read_only(storage, name, content):
    """Django's write of a file, when the media folder has been remounted read-only."""
    raise OSError(errno.EROFS, os.strerror(errno.EROFS), storage.path(name))


@pytest.mark.parametrize("view", IMAGE_VIEWS + DOCUMENT_VIEWS)
@pytest.mark.parametrize("language", ["es", "fr"])
@pytest.mark.parametrize("failure", [disk_fills_halfway, folder_read_only])
def test_a_write_cut_short_is_the_form_s_error_and_leaves_nothing(
    editor, view, language, failure, monkeypatch
):
    client = editor(language)
    rows, files = stored_rows(), media_files()
    monkeypatch.setattr(FileSystemStorage, "_save", failure)

    error = upload(client, view, files_for(view))

    assert error is not None
    assert NOT_SAVED[language] in error
    assert stored_rows() == rows
    assert media_files() == files


@pytest.mark.parametrize("view", IMAGE_VIEWS + DOCUMENT_VIEWS)
def test_a_file_written_whole_is_kept_under_its_own_name_alone(editor, view):
    uploaded = files_for(view)
    content = uploaded.read()
    files = media_files()

    assert upload(editor("es"), view, uploaded) is None

    added = media_files() - files
    originals = [name for name in added if not name.startswith("images/")]
    assert len(originals) == 1
    assert not any(os.path.basename(name).startswith(".") for name in added)
    with default_storage.open(originals[0]) as stored:
        assert stored.read() == content


def test_the_next_upload_after_the_disk_was_freed_is_taken(editor, monkeypatch):
    client = editor("es")
    with monkeypatch.context() as full:
        full.setattr(FileSystemStorage, "_save", disk_fills_halfway)
        assert upload(client, "wagtaildocs:add_multiple", SimpleUploadedFile("guia.pdf", PDF))

    assert upload(client, "wagtaildocs:add_multiple", SimpleUploadedFile("guia.pdf", PDF)) is None
    document = get_document_model().objects.get()
    with document.open_file() as stored:
        assert stored.read() == PDF
