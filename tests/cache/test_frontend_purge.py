"""A caching proxy or CDN in front is purged, in every language, of the pages that
show a page when it is published; it is configured from the environment."""

import pytest

from sse_site.settings.frontend_cache import frontend_cache_backends
from tests.cache.purge_recorder import PurgeRecorder


@pytest.fixture
def recorder(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.cache.purge_recorder.PurgeRecorder"}
    }
    PurgeRecorder.purged.clear()
    return PurgeRecorder.purged


def test_publishing_a_story_purges_it_its_translations_listings_and_sitemap(
    make_story, recorder, django_capture_on_commit_callbacks
):
    story = make_story(title="La huerta común", slug="la-huerta-comun")
    french = make_story("fr", title="Le jardin commun", slug="le-jardin-commun")
    french.translation_key = story.translation_key
    french.save()

    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    purged = set(recorder)
    assert "http://localhost/es/historias/la-huerta-comun/" in purged
    assert "http://localhost/fr/recits/le-jardin-commun/" in purged
    assert {"http://localhost/es/historias/", "http://localhost/fr/recits/"} <= purged
    assert {"http://localhost/es/historias/rss/", "http://localhost/es/historias/atom/"} <= purged
    assert {"http://localhost/es/", "http://localhost/fr/", "http://localhost/en/"} <= purged
    assert {"http://localhost/sitemap.xml", "http://localhost/sitemap-pages.xml"} <= purged
    # Only addresses the site serves: no story under another language's prefix.
    assert "http://localhost/en/historias/la-huerta-comun/" not in purged
    assert "http://localhost/es/recits/le-jardin-commun/" not in purged


def test_nothing_is_sent_without_a_proxy(make_story, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    PurgeRecorder.purged.clear()
    story = make_story(title="La huerta común")

    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    assert PurgeRecorder.purged == []


def test_proxies_and_cloudflare_come_from_the_environment():
    backends = frontend_cache_backends(
        ["http://127.0.0.1:6081", "http://10.0.0.2:6081"], "token", "zone"
    )

    assert [b["LOCATION"] for b in backends.values() if "LOCATION" in b] == [
        "http://127.0.0.1:6081",
        "http://10.0.0.2:6081",
    ]
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert frontend_cache_backends([], "", "") == {}
