from django.template.loader import render_to_string
from django.utils import translation


def test_server_error_page_renders_without_a_database():
    """No `db` fixture: any query here would fail the test."""
    with translation.override("fr"):
        html = render_to_string("500.html")

    assert '<html lang="fr">' in html
    assert "Une erreur est survenue" in html
    assert 'href="/fr/"' in html
