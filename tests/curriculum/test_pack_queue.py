"""With a task queue (`TASKS_BACKEND=database`) a module pack is built by the worker,
once, however many teachers ask for it before it exists: they get at once a page that
says it is being prepared, and the pack itself once the worker has built it."""

import io
import time
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader

from curriculum import packs
from curriculum.models import DownloadCount, ModulePage
from curriculum.pack_tasks import build_module_pack
from tests.task_queue import WORKER_SEES_COMMITTED_ROWS, run_the_worker, waiting

CLIENTS = 20
PACK_URL = "/es/modulos/finanzas-eticas/pack/"


@pytest.fixture
def module(make_module, make_document):
    """Made and published before the queue is switched on: nothing is queued yet. Packs
    left in the media folder by an earlier test whose rows (and so ids) were rolled
    back are removed."""
    module = make_module(
        title="Finanzas éticas",
        slug="finanzas-eticas",
        documents=[make_document("Guía docente", "guia.pdf")],
    )
    for name in packs_stored(module):
        default_storage.delete(f"{packs.PACK_FOLDER}/{module.pk}/{name}")
    return module


def packs_stored(module):
    folder = f"{packs.PACK_FOLDER}/{module.pk}"
    return default_storage.listdir(folder)[1] if default_storage.exists(folder) else []


def builds_logged(log):
    return [line for line in log.splitlines() if "module pack built: " in line]


def module_pdf_text(zip_bytes):
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
    pdf = PdfReader(io.BytesIO(archive.read("Finanzas éticas.pdf")))
    return "\n".join(page.extract_text() for page in pdf.pages)


def test_a_pack_not_built_yet_answers_at_once_with_a_page_that_says_so(
    client, module, database_queue
):
    response = client.get(PACK_URL)

    assert response.status_code == 202
    assert response["Retry-After"] == "5"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies
    html = response.content.decode()
    assert '<meta http-equiv="refresh" content="5">' in html
    assert '<html lang="es">' in html
    assert "Estamos preparando el paquete completo del módulo" in html
    assert f'href="{PACK_URL}"' in html  # "Volver a intentarlo"
    assert packs_stored(module) == []
    assert not DownloadCount.objects.exists()


def test_the_page_stops_refreshing_when_asked_and_speaks_french(
    client, make_module, database_queue
):
    module = make_module(language="fr", title="Finances éthiques", slug="finances-ethiques")

    response = client.get(module.url + "pack/?refresh=off")

    html = response.content.decode()
    assert response.status_code == 202
    assert 'http-equiv="refresh"' not in html
    assert "Nous préparons le dossier complet du module" in html
    assert "?refresh=off" in html  # "Réessayer" keeps it off


def test_twenty_asks_before_the_build_queue_it_once(client, module, database_queue):
    answers = [client.get(PACK_URL).status_code for _ in range(CLIENTS)]

    assert answers == [202] * CLIENTS
    assert waiting() == ["build_module_pack"]


def test_publishing_a_module_queues_its_new_pack(module, database_queue):
    ModulePage.objects.get(pk=module.pk).save_revision().publish()

    assert waiting().count("build_module_pack") == 1


@WORKER_SEES_COMMITTED_ROWS
def test_twenty_teachers_before_the_build_get_the_pack_the_worker_built_once(
    module, database_queue, live_server, client, settings
):
    """The drill in small: builds queued while no worker runs, then one starts."""

    def ask(_number):
        started = time.monotonic()
        with urllib.request.urlopen(live_server.url + PACK_URL, timeout=30) as reply:
            return reply.status, time.monotonic() - started

    with ThreadPoolExecutor(CLIENTS) as pool:
        answers = list(pool.map(ask, range(CLIENTS)))

    assert [status for status, _seconds in answers] == [202] * CLIENTS
    assert max(seconds for _status, seconds in answers) < 5
    assert DBTaskResult.objects.filter(task_path__endswith=".build_module_pack").count() == 1
    assert packs_stored(module) == []
    build_module_pack.enqueue(module.pk)  # a retry, queued by hand

    worker_log = run_the_worker()

    assert waiting() == []
    assert not DBTaskResult.objects.failed().exists()
    assert len(builds_logged(worker_log)) == 1
    assert len(packs_stored(module)) == 1
    served = client.get(PACK_URL)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/zip"
    from_worker = b"".join(served.streaming_content)
    assert DownloadCount.objects.get(resource=None).count == 1

    # The same pack built in a request, as the immediate backend does.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    default_storage.delete(f"{packs.PACK_FOLDER}/{module.pk}/{packs_stored(module)[0]}")
    cache.clear()
    from_request = b"".join(client.get(PACK_URL).streaming_content)
    assert zipfile.ZipFile(io.BytesIO(from_worker)).namelist() == (
        zipfile.ZipFile(io.BytesIO(from_request)).namelist()
    )
    assert module_pdf_text(from_worker) == module_pdf_text(from_request)
    assert "http://testserver/es/modulos/finanzas-eticas/" in module_pdf_text(from_worker)


def test_a_build_run_twice_builds_the_pack_once(module, caplog):
    """A task queued twice, or run again after its worker died, by a worker that does
    not share this one's cache."""
    build_module_pack.enqueue(module.pk)
    cache.clear()
    build_module_pack.enqueue(module.pk)

    assert len(builds_logged(caplog.text)) == 1
    assert len(packs_stored(module)) == 1


def test_a_build_that_failed_is_queued_again_at_the_next_ask(client, module, database_queue):
    client.get(PACK_URL)
    DBTaskResult.objects.update(status=TaskResultStatus.FAILED)

    assert client.get(PACK_URL).status_code == 202
    assert waiting() == ["build_module_pack"]
