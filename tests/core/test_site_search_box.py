"""The header's search box is the ground floor's: every page's base template needs only
core's and Wagtail's template tags, and without a site search a page simply has no box."""

import re

from bs4 import BeautifulSoup
from django.template import engines
from wagtail import hooks

from core import site_search


def test_the_base_template_loads_only_core_wagtail_and_django_tags():
    engine = engines["django"].engine
    source = engine.get_template("base.html").source
    loaded = {
        name for names in re.findall(r"{%\s*load\s+(.+?)\s*%}", source) for name in names.split()
    }

    owners = {engine.libraries[name].split(".")[0] for name in loaded if name in engine.libraries}

    assert owners <= {"core", "wagtail", "django"}


def test_without_a_site_search_pages_render_without_a_search_box(client, homes, monkeypatch):
    every_hook = hooks.get_hooks
    monkeypatch.setattr(
        site_search.hooks,
        "get_hooks",
        lambda name: [] if name == "site_search_url" else every_hook(name),
    )

    response = client.get("/es/")

    assert response.status_code == 200
    header = BeautifulSoup(response.content, "html.parser").select_one("header.site-header")
    assert header.select_one("form[role=search]") is None
    assert header.select_one("nav.language-switcher")
