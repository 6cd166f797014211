"""The "Get involved" form: stored in the admin, translated, guarded against spam."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

VISITOR_ADDRESS = "198.51.100.23"
# What the README promises visitors.
SUBMISSIONS_AN_HOUR = 5


def valid_data(**overrides):
    data = {
        "nombre": "Lucía",
        "correo_electronico": "lucia@example.org",
        "como_quieres_participar": "Hacer voluntariado",
        "mensaje": "Puedo ayudar los sábados en el mercado social.",
        "acepto_el_aviso_de_privacidad": "on",
    }
    data.update(overrides)
    return data


def post(client, page, data, address=VISITOR_ADDRESS, **extra):
    return client.post(page.url, data, REMOTE_ADDR=address, **extra)


def test_form_page_shows_fields_privacy_notice_and_a_hidden_honeypot(client, form_page):
    response = client.get("/es/participa/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one("form.engagement-form")
    assert form.select_one("input[name=correo_electronico]")["autocomplete"] == "email"
    assert soup.select_one("aside.privacy-notice").get_text().count("dos años") == 1
    trap = form.select_one(".form-trap")
    assert trap["aria-hidden"] == "true"
    trap_input = trap.select_one("input[name=website]")
    assert trap_input["tabindex"] == "-1"
    assert trap_input["autocomplete"] == "off"
    assert trap.select_one("label[for=id_engagement_trap]").get_text(strip=True)
    assert "display:none" not in str(trap).replace(" ", "")


def test_valid_submission_is_stored_and_thanked(client, form_page):
    response = post(client, form_page, valid_data())

    assert response.status_code == 200
    assert "Hemos recibido tu mensaje" in response.text
    submission = FormSubmission.objects.get(page=form_page)
    data = submission.get_data()
    assert data["correo_electronico"] == "lucia@example.org"
    assert data["como_quieres_participar"] == "Hacer voluntariado"
    assert data["acepto_el_aviso_de_privacidad"] is True


def test_submission_does_not_store_the_visitors_address(client, form_page):
    post(client, form_page, valid_data(), HTTP_X_FORWARDED_FOR="203.0.113.77")

    stored = json.dumps(FormSubmission.objects.get(page=form_page).form_data)
    assert VISITOR_ADDRESS not in stored
    assert "203.0.113.77" not in stored


def test_invalid_submission_shows_errors_and_stores_nothing(client, form_page):
    response = post(client, form_page, valid_data(correo_electronico="no-es-un-correo"))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".form-errors[role=alert]")
    assert soup.select_one("input[name=correo_electronico][aria-invalid=true]")
    assert FormSubmission.objects.count() == 0


def test_filled_honeypot_looks_like_success_but_stores_nothing(client, form_page):
    response = post(client, form_page, valid_data(website="http://spam.example"))

    assert response.status_code == 200
    assert "Hemos recibido tu mensaje" in response.text
    assert FormSubmission.objects.count() == 0


def test_sixth_submission_within_the_hour_is_refused(client, form_page):
    for _ in range(SUBMISSIONS_AN_HOUR):
        assert post(client, form_page, valid_data()).status_code == 200
    assert FormSubmission.objects.count() == 5

    response = post(client, form_page, valid_data())

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert '<html lang="es">' in response.text
    assert FormSubmission.objects.count() == 5
    # Another visitor is not affected.
    assert post(client, form_page, valid_data(), address="192.0.2.8").status_code == 200
    assert FormSubmission.objects.count() == 6


def test_the_limit_keeps_no_address_in_the_cache(client, form_page, cache_keys):
    for _ in range(SUBMISSIONS_AN_HOUR + 1):
        post(client, form_page, valid_data())

    assert cache_keys  # the limit was counted there…
    assert not [key for key in cache_keys if VISITOR_ADDRESS in key]  # …under a keyed hash


def test_limit_page_speaks_the_visitors_language(client, french_form_page):
    data = valid_data(como_quieres_participar="Devenir bénévole")
    for _ in range(SUBMISSIONS_AN_HOUR):
        post(client, french_form_page, data)

    response = post(client, french_form_page, data)

    assert response.status_code == 429
    assert '<html lang="fr">' in response.text
    assert 'href="/fr/participer/"' in response.text


def test_limit_counts_the_address_the_trusted_proxy_forwards(client, form_page, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    proxy = "10.0.0.2"
    for _ in range(SUBMISSIONS_AN_HOUR):
        post(client, form_page, valid_data(), address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.1")

    refused = post(
        client, form_page, valid_data(), address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    other_visitor = post(
        client, form_page, valid_data(), address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.2"
    )

    assert refused.status_code == 429
    assert other_visitor.status_code == 200


def test_french_form_shows_french_labels_and_choices(client, french_form_page):
    response = client.get("/fr/participer/")

    soup = BeautifulSoup(response.content, "html.parser")
    labels = [label.get_text(strip=True) for label in soup.select("form label")]
    assert "Adresse électronique" in labels
    assert "Tenir un stand" in labels
    assert "Correo electrónico" not in labels
    legend = soup.select_one("form legend").get_text(strip=True)
    assert legend == "Comment souhaitez-vous participer\u00a0?"


def test_french_submission_keeps_the_stored_field_names(client, french_form_page):
    post(client, french_form_page, valid_data(como_quieres_participar="Tenir un stand"))

    data = FormSubmission.objects.get(page=french_form_page).get_data()
    assert data["como_quieres_participar"] == "Tenir un stand"
    assert data["correo_electronico"] == "lucia@example.org"


def test_post_without_csrf_token_is_refused(form_page):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post("/es/participa/", valid_data(), REMOTE_ADDR=VISITOR_ADDRESS)

    assert response.status_code == 403
    assert FormSubmission.objects.count() == 0


def test_post_with_the_pages_csrf_token_is_accepted(form_page):
    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/es/participa/")
    token = BeautifulSoup(page.content, "html.parser").select_one(
        "input[name=csrfmiddlewaretoken]"
    )["value"]

    response = strict.post(
        "/es/participa/",
        valid_data(csrfmiddlewaretoken=token),
        REMOTE_ADDR=VISITOR_ADDRESS,
    )

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_do_not_store_anything(client, form_page, method):
    getattr(client, method)("/es/participa/")

    assert FormSubmission.objects.count() == 0


def test_the_operator_may_raise_the_hourly_limit(client, form_page, settings):
    settings.FORM_SUBMISSIONS_PER_HOUR = 20
    for _ in range(20):
        assert post(client, form_page, valid_data()).status_code == 200

    assert post(client, form_page, valid_data()).status_code == 429
    assert FormSubmission.objects.count() == 20
