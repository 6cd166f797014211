"""With `REDIS_URL`, on a real redis-server: what every app server shares through Redis,
and what the site still does while Redis is stopped."""

import logging

from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.test import Client

from core.locks import exclusive


def test_a_page_is_served_while_redis_is_stopped(client, redis_site, about_pages):
    assert client.get("/es/sobre-soleil/")["X-Page-Cache"] == "miss"
    assert client.get("/es/sobre-soleil/")["X-Page-Cache"] == "hit"

    with redis_site.down():
        response = client.get("/es/sobre-soleil/")
        other_language = client.get("/fr/a-propos/")

    assert response.status_code == 200
    assert "Quiénes somos." in response.text
    assert other_language.status_code == 200


def test_a_session_is_shared_by_app_servers_and_outlives_an_outage(redis_site, admin_user):
    first_server = Client()
    first_server.force_login(admin_user)
    cookie = first_server.cookies["sessionid"].value

    assert redis_site.client().keys(f"*{KEY_PREFIX}{cookie}")
    second_server = Client()
    second_server.cookies["sessionid"] = cookie
    assert second_server.get("/admin/").status_code == 200
    with redis_site.down():
        during_outage = Client()
        during_outage.cookies["sessionid"] = cookie
        assert during_outage.get("/admin/").status_code == 200


def test_a_lock_falls_back_to_this_machine_while_redis_is_stopped(redis_site, caplog):
    with exclusive("module-pack-1"):
        assert redis_site.client().keys("soleil:lock:module-pack-1")

    with (
        redis_site.down(),
        caplog.at_level(logging.WARNING, logger="core.locks"),
        exclusive("module-pack-1"),
    ):
        entered = True

    assert entered
    assert "module-pack-1" in caplog.text
