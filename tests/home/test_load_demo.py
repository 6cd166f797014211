import io

from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import Footer, Sector
from home.models import HomePage, StandardPage


def content_counts():
    return {
        "pages": Page.objects.count(),
        "home pages": HomePage.objects.count(),
        "standard pages": StandardPage.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": Footer.objects.count(),
        "sectors": Sector.objects.count(),
    }


def test_load_demo_builds_three_languages_and_a_second_run_adds_nothing(client, db):
    call_command("load_demo", stdout=io.StringIO())
    first = content_counts()
    call_command("load_demo", stdout=io.StringIO())

    assert content_counts() == first
    assert first["home pages"] == 3
    assert first["standard pages"] == 3
    assert first["footers"] == 3
    assert set(HomePage.objects.live().values_list("locale__language_code", flat=True)) == {
        "es",
        "fr",
        "en",
    }


def test_demo_pages_read_in_their_own_language(client, db):
    call_command("load_demo", stdout=io.StringIO())

    assert "Otra economía ya está en marcha" in client.get("/es/").text
    assert "Une autre économie est déjà à l" in client.get("/fr/").text
    assert "Another economy is already at work" in client.get("/en/").text
    about = client.get("/fr/a-propos/")
    assert about.status_code == 200
    assert "Pourquoi ce site" in about.text
    assert 'href="/es/sobre-soleil/"' in about.text


def test_load_demo_keeps_an_editors_changes(client, db):
    call_command("load_demo", stdout=io.StringIO())
    home = HomePage.objects.get(locale__language_code="fr")
    home.introduction = "Texte revu par l'équipe."
    home.save_revision().publish()

    call_command("load_demo", stdout=io.StringIO())

    home.refresh_from_db()
    assert home.introduction == "Texte revu par l'équipe."
