"""Every public URL starts with its language; `/` picks one from the browser."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-ES,es;q=0.9", "/es/"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de-DE,de;q=0.9", "/es/"),
        ("", "/es/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_es, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/de/", "/xx/anything/", "/es/no-such-page/", "/fr/nulle-part/"])
def test_unknown_language_or_page_is_a_404_page(client, homes, path):
    response = client.get(path)

    assert response.status_code == 404
    assert b'class="wrap article error-page"' in response.content


def test_404_page_speaks_the_visitors_language(client, homes):
    response = client.get("/fr/nulle-part/")

    assert response.status_code == 404
    assert '<html lang="fr">' in response.text
    assert "Page introuvable" in response.text


def test_unprefixed_path_is_sent_to_the_visitors_language(client, home_es):
    response = client.get("/sobre-soleil/", headers={"accept-language": "fr"})

    assert response.status_code == 302
    assert response["Location"] == "/fr/sobre-soleil/"


def test_anonymous_visitor_gets_no_cookie_and_a_strict_csp(client, homes):
    response = client.get("/es/")

    assert response.status_code == 200
    assert not response.cookies
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_health_check_reports_the_database(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
