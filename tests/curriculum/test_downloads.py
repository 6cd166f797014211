"""Downloads: headers, aggregate counts, the module pack, upload refusals, the report."""

import csv
import io
import zipfile

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader
from wagtail.documents import get_document_model

from curriculum import packs
from curriculum.models import DownloadCount, ModulePage


@pytest.fixture
def module(make_module, make_document):
    return make_module(
        title="Finanzas éticas",
        slug="finanzas-eticas",
        documents=[
            make_document("Guía docente", "guia.pdf"),
            make_document("Ficha del alumnado", "ficha.pdf"),
        ],
    )


def resource_url(module, index=0):
    resource = module.downloadable_resources()[index]
    return f"/es/modulos/finanzas-eticas/resources/{resource.pk}/"


def test_a_resource_downloads_as_a_pdf_attachment_with_its_name(client, module):
    response = client.get(resource_url(module))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert "guia.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_downloads_are_counted_per_resource_language_and_day_and_nothing_personal(client, module):
    client.get(resource_url(module, 0))
    client.get(resource_url(module, 0), REMOTE_ADDR="203.0.113.9")
    client.get(resource_url(module, 1))

    rows = DownloadCount.objects.order_by("resource__sort_order")
    assert [(row.resource.document.title, row.language, row.count) for row in rows] == [
        ("Guía docente", "es", 2),
        ("Ficha del alumnado", "es", 1),
    ]
    field_names = {field.name for field in DownloadCount._meta.get_fields()}
    assert field_names == {"id", "page", "resource", "language", "day", "count"}
    response = client.get(resource_url(module, 0))
    assert not response.cookies


def test_an_unknown_resource_is_a_404(client, module, make_module):
    other = make_module(title="Otro", slug="otro", documents=[])
    assert client.get("/es/modulos/finanzas-eticas/resources/999999/").status_code == 404
    foreign = other.resources.model.objects.exclude(page=module).first()
    assert (
        foreign is None
        or client.get(f"/es/modulos/finanzas-eticas/resources/{foreign.pk}/").status_code == 404
    )


def test_the_pack_holds_a_pdf_of_the_module_and_every_file(client, module):
    response = client.get("/es/modulos/finanzas-eticas/pack/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="soleil-finanzas-eticas.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist() == [
        "Finanzas éticas.pdf",
        "01 Guía docente.pdf",
        "02 Ficha del alumnado.pdf",
    ]
    pdf = archive.read("Finanzas éticas.pdf")
    assert pdf.startswith(b"%PDF")
    document = PdfReader(io.BytesIO(pdf))
    assert len(document.pages) >= 1
    assert "Finanzas éticas" in document.pages[0].extract_text()
    assert DownloadCount.objects.get(resource=None).count == 1


def test_the_pack_is_built_once_and_rebuilt_when_a_file_changes(client, module, monkeypatch):
    builds = []
    real_build = packs.build_pack
    monkeypatch.setattr(packs, "build_pack", lambda *args: builds.append(1) or real_build(*args))

    client.get("/es/modulos/finanzas-eticas/pack/")
    client.get("/es/modulos/finanzas-eticas/pack/")
    assert len(builds) == 1

    document = module.downloadable_resources()[0].document
    document.file.save("guia-v2.pdf", io.BytesIO(b"%PDF-1.4 nueva version"), save=False)
    document.file_hash = ""
    document.save()
    document.get_file_hash()
    client.get("/es/modulos/finanzas-eticas/pack/")
    assert len(builds) == 2
    folder = f"{packs.PACK_FOLDER}/{module.pk}"
    assert len(default_storage.listdir(folder)[1]) == 1

    ModulePage.objects.get(pk=module.pk).save_revision().publish()
    client.get("/es/modulos/finanzas-eticas/pack/")
    assert len(builds) == 3


@pytest.mark.parametrize("kept", [0, 0.5])
def test_a_pack_cut_short_by_a_killed_builder_is_built_again_not_served(client, module, kept):
    client.get("/es/modulos/finanzas-eticas/pack/")
    folder = f"{packs.PACK_FOLDER}/{module.pk}"
    name = f"{folder}/{default_storage.listdir(folder)[1][0]}"
    with default_storage.open(name) as stored:
        whole = stored.read()
    default_storage.delete(name)
    default_storage.save(name, io.BytesIO(whole[: int(len(whole) * kept)]))
    cache.clear()  # as another worker, which has not seen this pack whole

    response = client.get("/es/modulos/finanzas-eticas/pack/")

    served = b"".join(response.streaming_content)
    assert zipfile.ZipFile(io.BytesIO(served)).testzip() is None
    assert len(served) == len(whole)


@pytest.mark.parametrize(
    ("filename", "content"),
    [("programa.exe", b"MZ\x90\x00"), ("notas.txt", b"hola"), ("dibujo.svg", b"<svg/>")],
)
def test_upload_refuses_files_outside_the_allow_list(admin_client, filename, content):
    documents_before = get_document_model().objects.count()
    files_before = (
        default_storage.listdir("documents")[1] if default_storage.exists("documents") else []
    )

    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Intento", "file": SimpleUploadedFile(filename, content), "collection": 1},
    )

    assert response.status_code == 200
    assert "Not a supported document format" in response.text or "no es" in response.text
    assert get_document_model().objects.count() == documents_before
    files_after = (
        default_storage.listdir("documents")[1] if default_storage.exists("documents") else []
    )
    assert files_after == files_before


def test_upload_refuses_files_over_the_size_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    documents_before = get_document_model().objects.count()

    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Grande",
            "file": SimpleUploadedFile("grande.pdf", b"%PDF" + b"0" * 4096),
            "collection": 1,
        },
    )

    assert response.status_code == 200
    assert get_document_model().objects.count() == documents_before


def test_downloads_report_lists_modules_sorted_and_exports_csv(admin_client, client, module):
    client.get(resource_url(module, 0))
    client.get(resource_url(module, 1))
    client.get("/es/modulos/finanzas-eticas/pack/")

    page = admin_client.get("/admin/reports/downloads/?ordering=-downloads_total")
    assert page.status_code == 200
    assert "Finanzas éticas" in page.text

    export = admin_client.get("/admin/reports/downloads/?export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Módulo", "Idioma", "Últimos 30 días", "Total"]
    assert ["Finanzas éticas", "es", "3", "3"] in rows


@pytest.mark.parametrize("filename", ["ficha.pdf", "datos.ods.gz"])
def test_documents_are_sent_as_they_are_with_no_content_encoding(
    client, make_module, make_document, filename
):
    document = make_document("Ficha", filename)
    module = make_module(title="Consumo", slug="consumo", documents=[document])
    resource = module.downloadable_resources()[0]
    with document.open_file() as stored:
        uploaded = stored.read()

    for url in [
        f"/documents/{document.pk}/{document.filename}",
        f"{module.url}resources/{resource.pk}/",
    ]:
        response = client.get(url)

        assert response.status_code == 200, url
        assert "Content-Encoding" not in response, url
        assert response["Content-Disposition"].startswith("attachment"), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert b"".join(response.streaming_content) == uploaded
