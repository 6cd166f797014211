"""A backup whose bytes changed since it was made, or that was never finished, is
refused before anything is touched — even with --force."""

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model

from backups.fingerprint import differences, fingerprint
from tests.backups.conftest import WORKSHEET, backup

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def folder(db, tmp_path):
    worksheet = get_document_model()(title="Ficha")
    worksheet.file.save("ficha.pdf", ContentFile(WORKSHEET), save=False)
    worksheet.save()
    return backup(tmp_path / "backups")


def flip_one_byte(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_changed_byte_of_the_media_archive_is_refused_and_the_site_left_alone(folder):
    out = io.StringIO()
    call_command("restore", str(folder), check=True, stdout=out)
    assert "complete and unchanged" in out.getvalue()
    archive = folder / "media.tar"
    flip_one_byte(archive, archive.read_bytes().index(b"las cooperativas"))
    before = fingerprint()

    with pytest.raises(CommandError, match=r"(?s)damaged or incomplete.*media\.tar: its sha256"):
        call_command("restore", str(folder), force=True)
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(folder), check=True)

    assert differences(before, fingerprint()) == []
    document = get_document_model().objects.get()
    assert (Path(settings.MEDIA_ROOT) / document.file.name).read_bytes() == WORKSHEET


def test_a_backup_cut_short_is_refused(folder):
    manifest = json.loads((folder / "manifest.json").read_text())
    (database_dump,) = set(manifest["files"]) - {"media.tar"}
    dump = folder / database_dump
    dump.write_bytes(dump.read_bytes()[:-100])

    with pytest.raises(CommandError, match=f"{database_dump}: .* bytes, the manifest says"):
        call_command("restore", str(folder), force=True)

    (folder / "manifest.json").unlink()
    with pytest.raises(CommandError, match="incomplete: it has no manifest.json"):
        call_command("restore", str(folder), force=True)
