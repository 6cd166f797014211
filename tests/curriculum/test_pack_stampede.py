"""A module pack that twenty teachers ask for at the same moment is built once, and
every one of them gets it."""

import io
import threading
import time
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest

from curriculum import packs

CLIENTS = 20


@pytest.fixture
def module(make_module, make_document):
    return make_module(
        title="Finanzas éticas",
        slug="finanzas-eticas",
        documents=[make_document("Guía docente", "guia.pdf")],
    )


# The live server's threads need committed rows; the rows the migrations make (locales,
# home pages) are put back first, whatever transactional test ran before.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_teachers_at_once_get_one_pack_built_once(live_server, module, monkeypatch):
    builds = []
    real_build = packs.build_pack
    gate = threading.Barrier(CLIENTS, timeout=30)

    def slow_build(*args):
        builds.append(threading.get_ident())
        time.sleep(0.5)  # long enough for every other request to arrive meanwhile
        return real_build(*args)

    def download(_number):
        gate.wait()
        with urllib.request.urlopen(live_server.url + module.url + "pack/", timeout=60) as reply:
            return reply.status, reply.read()

    monkeypatch.setattr(packs, "build_pack", slow_build)
    with ThreadPoolExecutor(CLIENTS) as pool:
        answers = list(pool.map(download, range(CLIENTS)))

    assert len(builds) == 1
    assert [status for status, _body in answers] == [200] * CLIENTS
    assert len({body for _status, body in answers}) == 1
    names = zipfile.ZipFile(io.BytesIO(answers[0][1])).namelist()
    assert "Finanzas éticas.pdf" in names


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pack_still_being_written_is_not_served(live_server, module, monkeypatch):
    """A file in a local folder exists from its first byte: a teacher arriving while the
    pack is written waits for it rather than getting it half written."""
    real_save = packs.default_storage.save

    def slow_save(name, content):
        real_save(name, io.BytesIO(b""))  # the name exists, still empty
        time.sleep(1)
        packs.default_storage.delete(name)
        return real_save(name, content)

    def download(delay):
        time.sleep(delay)
        with urllib.request.urlopen(live_server.url + module.url + "pack/", timeout=60) as reply:
            return reply.read()

    monkeypatch.setattr(packs.default_storage, "save", slow_save)
    with ThreadPoolExecutor(2) as pool:
        bodies = list(pool.map(download, [0, 0.5]))

    assert bodies[0] == bodies[1]
    assert "Finanzas éticas.pdf" in zipfile.ZipFile(io.BytesIO(bodies[1])).namelist()
