"""A visitor in Spanish signs up to volunteer through the "Get involved" form and is
thanked; the form page passes axe-core's WCAG 2.2 AA checks in every language."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

pytestmark = pytest.mark.browser


def test_visitor_volunteers_through_the_spanish_form(page, demo_site):
    page.goto(demo_site.url + "/es/")
    page.locator("nav.main-menu").get_by_role("link", name="Participa").click()
    expect(page).to_have_url(re.compile(r"/es/participa/$"))
    expect(page.locator("aside.privacy-notice")).to_contain_text("dos años")
    expect(page.locator("#id_engagement_trap")).not_to_be_in_viewport()

    page.get_by_label("Nombre").fill("Lucía")
    page.get_by_label("Correo electrónico").fill("lucia@example.org")
    page.get_by_label("Hacer voluntariado").check()
    page.get_by_label("Mensaje").fill("Puedo ayudar los sábados en el mercado social.")
    page.get_by_label("Acepto que Soleil guarde estos datos").check()
    page.locator("form.engagement-form button[type=submit]").click()

    expect(page.get_by_role("status")).to_contain_text("Hemos recibido tu mensaje")
    submission = FormSubmission.objects.get()
    assert submission.get_data()["correo_electronico"] == "lucia@example.org"
    assert submission.get_data()["como_quieres_participar"] == "Hacer voluntariado"


def test_form_pages_are_accessible_in_every_language(page, demo_site, assert_accessible):
    for path, email_label in [
        ("/es/participa/", "Correo electrónico"),
        ("/fr/participer/", "Adresse électronique"),
        ("/en/get-involved/", "Email address"),
    ]:
        page.goto(demo_site.url + path)
        expect(page.get_by_label(email_label)).to_be_visible()
        assert_accessible(page)

    # With errors shown after an incomplete submission, too.
    page.goto(demo_site.url + "/en/get-involved/")
    page.get_by_label("Email address").fill("not-an-address")
    page.locator("form.engagement-form").evaluate("form => form.noValidate = true")
    page.locator("form.engagement-form button[type=submit]").click()
    expect(page.locator(".form-errors")).to_be_visible()
    assert_accessible(page)
