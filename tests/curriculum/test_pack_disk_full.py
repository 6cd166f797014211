"""A module pack that cannot be written (media folder full or read-only) gets the 503
page in the site's look; the module's page is still served."""

import errno
from unittest import mock

import pytest
from django.test import Client


@pytest.mark.django_db
def test_a_pack_that_cannot_be_written_gets_the_branded_503(make_module, make_document):
    module = make_module(documents=[make_document()])
    visitor = Client(raise_request_exception=False)

    with mock.patch(
        "django.core.files.storage.FileSystemStorage._save",
        side_effect=OSError(errno.EROFS, "Read-only file system"),
    ):
        pack = visitor.get(f"{module.url}pack/")
        page = visitor.get(module.url)

    assert pack.status_code == 503
    assert pack["Retry-After"].isdigit()
    assert "Soleil" in pack.text and "Read-only" not in pack.text
    assert page.status_code == 200
