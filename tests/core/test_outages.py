"""A database or a media folder that stops answering gets the 503 page in the site's
look, not a 500 or a traceback, and the next request after the outage is served."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

from core import routing


@pytest.fixture
def visitor():
    """A client that gets the site's error pages rather than the exception."""
    return Client(raise_request_exception=False)


def fails_once(error):
    """`find_route`, which fails the first time as a database that went away does."""
    real = routing.find_route
    calls = []

    def find_route(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise error
        return real(*args, **kwargs)

    return find_route


@pytest.mark.django_db
@pytest.mark.parametrize(
    "error",
    [
        OperationalError("connection to server at 127.0.0.1 failed: Connection refused"),
        InterfaceError("connection already closed"),
    ],
)
def test_a_database_outage_gets_the_branded_503_and_the_next_request_is_served(
    visitor, about_pages, page_cache_off, error
):
    with mock.patch("core.views.find_route", fails_once(error)):
        during = visitor.get("/fr/a-propos/")
        after = visitor.get("/fr/a-propos/")

    assert during.status_code == 503
    assert during["Retry-After"].isdigit() and int(during["Retry-After"]) <= 120
    assert "no-store" in during["Cache-Control"]
    assert "Soleil" in during.text and '<html lang="fr">' in during.text
    assert "Traceback" not in during.text and "Connection refused" not in during.text
    assert after.status_code == 200
    assert "Qui sommes-nous." in after.text


@pytest.mark.django_db
def test_any_other_error_still_gets_the_500_page(visitor, about_pages, page_cache_off):
    with mock.patch("core.views.find_route", fails_once(ValueError("a bug"))):
        response = visitor.get("/es/sobre-soleil/")

    assert response.status_code == 500
    assert "Soleil" in response.text and "a bug" not in response.text
