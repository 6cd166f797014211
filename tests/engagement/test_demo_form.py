"""The demo's "Get involved" form, in three languages, loaded once."""

import io

from django.core.management import call_command
from wagtail.models import Site

from core.models import SocialMediaSettings
from engagement.models import GetInvolvedFormField, GetInvolvedPage


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_demo_form_speaks_each_language_and_loads_once(client, db):
    load_demo()
    load_demo()

    assert GetInvolvedPage.objects.count() == 3
    assert GetInvolvedFormField.objects.count() == 15
    for path, label, choice in [
        ("/es/participa/", "Correo electrónico", "Montar un puesto en un mercado social"),
        ("/fr/participer/", "Adresse électronique", "Tenir un stand dans un marché solidaire"),
        ("/en/get-involved/", "Email address", "Run a stall at a social market"),
    ]:
        page = client.get(path)
        assert page.status_code == 200, path
        assert label in page.text
        assert choice in page.text
    settings = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.default_social_image is not None
