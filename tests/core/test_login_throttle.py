"""Admin logins refused after repeated failures, for one account or from one address,
counted in Redis so that every app server refuses them; refused, not let through,
while Redis is stopped."""

import pytest
from django.test import Client

PASSWORD = "correct horse battery"
# What the README promises: five failed attempts, then a pause of 15 minutes.
FAILURES_ALLOWED = 5


@pytest.fixture(autouse=True)
def login_throttle_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editora", "e@example.org", PASSWORD)


def log_in(client, password, username="editora", address="198.51.100.7", language="es"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_after_five_failures_the_right_password_is_refused_on_every_server(redis_site, editor):
    for _ in range(FAILURES_ALLOWED - 1):
        assert log_in(Client(), "wrong").status_code == 200  # the login form again
    assert log_in(Client(), "wrong").status_code == 429

    refused = log_in(Client(), PASSWORD, language="fr")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "900"
    assert '<html lang="fr">' in refused.text
    assert "Trop de tentatives de connexion" in refused.text
    assert "15 minutes" in refused.text
    assert "_auth_user_id" not in refused.client.session


def test_an_address_that_tries_many_accounts_is_refused(redis_site, editor):
    for number in range(FAILURES_ALLOWED):
        log_in(Client(), "wrong", username=f"someone-{number}", address="203.0.113.9")

    assert log_in(Client(), PASSWORD, address="203.0.113.9").status_code == 429
    assert log_in(Client(), PASSWORD, address="203.0.113.10").status_code == 302


def test_a_login_is_refused_while_redis_is_stopped(redis_site, editor):
    with redis_site.down():
        refused = log_in(Client(), PASSWORD)

    assert refused.status_code == 503
    assert refused["Retry-After"] == "60"
    assert "No es posible iniciar sesión en este momento" in refused.text
    assert log_in(Client(), PASSWORD).status_code == 302


def test_without_redis_failures_are_counted_in_the_database(client, editor):
    for _ in range(FAILURES_ALLOWED):
        log_in(client, "wrong")

    assert log_in(client, PASSWORD).status_code == 429
