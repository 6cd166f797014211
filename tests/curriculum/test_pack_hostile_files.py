"""A module pack made of files uploaded through the admin, hostile or private: an Office
file that is a zip bomb goes into the pack as it is, never unpacked; a module whose files
weigh too much gets no pack; a document in a private collection is never in the pack
anonymous visitors download; a storage that refuses the pack gives "try again later"."""

import errno
import io
import os
import tracemalloc
import zipfile

import pytest
import weasyprint  # noqa: F401  (imported before memory is measured: its import is not a build)
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from curriculum import packs
from tests.core.uploads import PDF, upload, zip_bomb

MB = 1024 * 1024
BOMB_EXPANDS_TO = 256 * MB


def uploaded_document(client, uploaded, title, collection=None):
    """A document added by the editor through the admin's upload page, moved to
    `collection` afterwards as an editor would."""
    assert upload(client, "wagtaildocs:add_multiple", uploaded, title=title) is None
    document = get_document_model().objects.latest("pk")
    if collection is not None:
        document.collection = collection
        document.save()
    return document


def pack_members(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return {name: archive.read(name) for name in archive.namelist()}


def stored_packs(module):
    folder = f"{packs.PACK_FOLDER}/{module.pk}"
    return default_storage.listdir(folder)[1] if default_storage.exists(folder) else []


def test_a_zip_bomb_docx_goes_into_the_pack_as_it_is_never_unpacked(
    editor, make_module, monkeypatch
):
    bomb = zip_bomb("ficha.docx", BOMB_EXPANDS_TO)
    bomb_bytes = bomb.read()
    assert len(bomb_bytes) < 2 * MB
    document = uploaded_document(editor("es"), bomb, "Ficha del alumnado")
    module = make_module(title="Cooperativas", slug="cooperativas", documents=[document])
    read_inside = []
    real_open = zipfile.ZipFile.open

    def opened(archive, name, mode="r", *args, **kwargs):
        if mode == "r":
            read_inside.append(name)
        return real_open(archive, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", opened)
    tracemalloc.start()
    try:
        response = Client().get(f"{module.url}pack/")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    monkeypatch.undo()

    assert read_inside == []
    assert peak < 20 * MB
    members = pack_members(response)
    assert members["01 Ficha del alumnado.docx"] == bomb_bytes


def test_a_module_whose_files_weigh_too_much_gets_no_pack_and_says_why(
    editor, make_module, settings
):
    settings.MODULE_PACK_MAX_BYTES = 3 * MB
    client = editor("es")
    documents = [
        uploaded_document(
            client, SimpleUploadedFile(f"anexo-{n}.pdf", PDF + os.urandom(2 * MB)), f"Anexo {n}"
        )
        for n in (1, 2)
    ]
    module = make_module(title="Energía", slug="energia", documents=documents)
    visitor = Client()

    response = visitor.get(f"{module.url}pack/")

    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]
    text = " ".join(response.content.decode().split())
    assert "pesan 5 MB en total, más de los 3 MB" in text
    assert stored_packs(module) == []
    page = visitor.get(module.url)
    assert page.status_code == 200
    assert f"{module.url}pack/" not in page.content.decode()
    for resource in module.downloadable_resources():
        assert visitor.get(f"{module.url}resources/{resource.pk}/").status_code == 200


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Borradores internos")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_document_of_a_private_collection_is_neither_served_nor_packed_for_visitors(
    editor, make_module, private_collection
):
    client = editor("es")
    public = uploaded_document(client, SimpleUploadedFile("guia.pdf", PDF), "Guía docente")
    secret = b"%PDF-1.4\n% solo para el equipo\n" + PDF
    private = uploaded_document(
        client, SimpleUploadedFile("evaluacion.pdf", secret), "Evaluación", private_collection
    )
    module = make_module(title="Mercados", slug="mercados", documents=[public, private])
    visitor = Client()

    served = visitor.get(private.url)
    members = pack_members(visitor.get(f"{module.url}pack/"))

    assert served.status_code == 302
    assert "/login/" in served["Location"]
    assert secret not in served.content
    assert list(members) == ["Mercados.pdf", "01 Guía docente.pdf"]
    assert members["01 Guía docente.pdf"] == PDF
    assert all(secret not in content for content in members.values())


def test_a_storage_that_refuses_the_pack_gives_try_again_later_and_the_site_keeps_serving(
    editor, make_module, monkeypatch
):
    document = uploaded_document(editor("es"), SimpleUploadedFile("guia.pdf", PDF), "Guía")
    module = make_module(title="Finanzas", slug="finanzas", documents=[document])
    visitor = Client()

    def disk_full(storage, name, content):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), storage.path(name))

    with monkeypatch.context() as full:
        full.setattr(FileSystemStorage, "_save", disk_full)
        refused = visitor.get(f"{module.url}pack/")
        page = visitor.get(module.url)

    assert refused.status_code == 503
    assert int(refused["Retry-After"]) > 0
    assert "no-store" in refused["Cache-Control"]
    assert "Vuelve a intentarlo dentro de unos minutos" in refused.content.decode()
    assert page.status_code == 200
    assert stored_packs(module) == []
    assert "01 Guía.pdf" in pack_members(visitor.get(f"{module.url}pack/"))
