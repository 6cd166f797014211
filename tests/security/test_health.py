"""/health/ says which part does not answer — the database or the shared cache — with a
503 a load balancer understands, logs why, and is never kept by any cache."""

import logging

import pytest
from django.core.cache import caches
from django.db import connection


def refuse(*args, **kwargs):
    raise ConnectionError("connection refused")


def test_a_healthy_site_answers_ok_without_a_session_or_a_cookie(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert not response.wsgi_request.session.accessed


def test_a_database_that_does_not_answer_gives_503_naming_it(client, db, monkeypatch, caplog):
    assert client.get("/health/").status_code == 200

    with monkeypatch.context() as patch, caplog.at_level(logging.ERROR):
        patch.setattr(connection, "cursor", refuse)
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "failed", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert "database" in caplog.text
    assert "connection refused" in caplog.text  # the exception itself, with its traceback


def test_a_cache_that_does_not_answer_gives_503_naming_it(client, db, monkeypatch, caplog):
    monkeypatch.setattr(caches["counters"], "set", refuse)

    with caplog.at_level(logging.ERROR):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "failed"}
    assert "connection refused" in caplog.text


def test_a_cache_that_loses_what_it_was_given_is_not_healthy(client, db, monkeypatch):
    monkeypatch.setattr(caches["counters"], "get", lambda *args, **kwargs: None)

    assert client.get("/health/").json()["cache"] == "failed"


@pytest.mark.parametrize("redis_running", [True, False], ids=["redis up", "redis stopped"])
def test_with_redis_the_check_follows_redis(client, db, redis_site, redis_running):
    if redis_running:
        response = client.get("/health/")
    else:
        with redis_site.down():
            response = client.get("/health/")

    expected = "ok" if redis_running else "failed"
    assert response.json()["cache"] == expected
    assert response.status_code == (200 if redis_running else 503)


def test_a_load_balancer_asks_about_the_database_alone(client, db, monkeypatch):
    """Varnish's probe (deploy/varnish/backends.vcl): a cache outage every app server
    shares must not take them all out of rotation."""
    monkeypatch.setattr(caches["counters"], "set", refuse)

    response = client.get("/health/?part=database")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_an_unknown_part_is_refused_with_the_parts_there_are(client, db):
    response = client.get("/health/?part=disk")

    assert response.status_code == 400
    assert response.json()["parts"] == ["database", "cache"]
