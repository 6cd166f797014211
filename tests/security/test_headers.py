"""Cross-Origin-Opener-Policy and Permissions-Policy on every kind of response the site
sends, and the admin's own Content-Security-Policy."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from events.factories import EventIndexPageFactory
from stories.factories import StoryIndexPageFactory

# Features a reader's page never needs, which a page of Soleil (or anything injected
# into one) must not be able to ask the browser for.
DENIED = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"]


@pytest.fixture
def addresses(homes):
    StoryIndexPageFactory(parent=homes["es"])
    EventIndexPageFactory(parent=homes["es"])
    document = get_document_model().objects.create(
        title="Guía", file=ContentFile(b"%PDF-1.4 guide", name="guia.pdf")
    )
    return {
        "page": "/es/",
        "admin": "/admin/login/",
        "not found": "/es/no-existe/",
        "feed": "/es/historias/rss/",
        "calendar": "/es/eventos/calendar.ics",
        "sitemap": "/sitemap.xml",
        "document": document.url,
        "static file": "/static/css/soleil.css",
        "health": "/health/",
    }


def test_every_kind_of_response_carries_the_isolation_and_permission_headers(client, addresses):
    statuses = {}
    for kind, address in addresses.items():
        response = client.get(address)
        if response.streaming:
            b"".join(response.streaming_content)  # read to the end, closing the file
        statuses[kind] = response.status_code
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", kind
        policy = response["Permissions-Policy"]
        for feature in DENIED:
            assert f"{feature}=()" in policy, (kind, feature)

    assert statuses == {
        "page": 200,
        "admin": 200,
        "not found": 404,
        "feed": 200,
        "calendar": 200,
        "sitemap": 200,
        "document": 200,
        "static file": 200,
        "health": 200,
    }


def test_the_server_error_page_carries_them_too(client, homes, monkeypatch):
    def broken_route(*args):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("core.views.find_route", broken_route)
    client.raise_request_exception = False

    response = client.get("/es/")

    assert response.status_code == 500
    assert "Algo ha fallado" in response.text  # the site's own error page, in Spanish
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_the_admin_has_a_policy_of_its_own_that_loads_nothing_from_another_host(
    client, admin_user, homes
):
    admin_pages = ["/admin/login/", "/admin/", f"/admin/pages/{homes['es'].pk}/edit/"]
    for address in admin_pages:
        response = client.get(address)
        if address == "/admin/login/":
            client.force_login(admin_user)
        policy = directives(response)

        assert response.status_code == 200, address
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], address
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"], address
        assert policy["img-src"] == ["'self'", "data:", "blob:"], address
        assert policy["frame-src"] == ["'self'"], address
        assert policy["object-src"] == ["'none'"], address
        assert policy["frame-ancestors"] == ["'self'"], address
        assert policy["form-action"] == ["'self'"], address
        assert policy["base-uri"] == ["'self'"], address


def test_public_pages_keep_their_strict_policy(client, homes):
    policy = directives(client.get("/es/"))

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "blob:" not in policy["img-src"]
