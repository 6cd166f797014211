"""A request for a host the site does not serve gets the site's own 400 page; a
password-reset mail always links to the site's configured address, whatever Host the
request that asked for it carried."""

import re

import pytest
from django.core import mail

SITE = "https://soleil.example.org"


def test_a_forged_host_gets_a_400_with_the_sites_own_page(client, homes, settings):
    settings.ALLOWED_HOSTS = ["soleil.example.org"]

    served = client.get("/fr/", HTTP_HOST="soleil.example.org")
    forged = client.get("/fr/", HTTP_HOST="attacker.example")

    assert served.status_code == 200
    assert forged.status_code == 400
    assert '<html lang="fr">' in forged.text
    assert "Requête incorrecte" in forged.text
    assert 'class="brand__name">Soleil<' in forged.text
    assert "attacker.example" not in forged.text
    assert "camera=()" in forged["Permissions-Policy"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editora", "editora@example.org", "a long enough password"
    )


def test_the_reset_link_uses_the_configured_address_not_the_requests_host(client, editor, settings):
    settings.ALLOWED_HOSTS = ["*"]
    settings.WAGTAILADMIN_BASE_URL = SITE

    response = client.post(
        "/admin/password_reset/",
        {"email": "editora@example.org"},
        HTTP_HOST="attacker.example",
    )

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 1
    assert links[0].startswith(f"{SITE}/admin/password_reset/confirm/")
    assert "attacker.example" not in message.body + message.subject
