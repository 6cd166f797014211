"""Browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright.

`make test` installs Chromium; these tests fail, rather than skip, without it.
"""

import io
import os
import sqlite3

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"
# Playwright's sync API runs an event loop in the test thread; the ORM must
# still be usable from that thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "es-ES"}


def pytest_collection_modifyitems(items):
    """Browser tests share the database with a live server thread, so they run in
    transactions that are really committed, and every table is emptied after
    each one; asking for a serialized rollback makes Django keep a snapshot of
    the data the migrations seed (locales, vocabularies, home page)."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session", autouse=True)
def seed_snapshot(django_db_setup):
    """The migrations' data as Django serialized it after creating the test database.

    Taken here, before Playwright starts: Playwright's sync API runs tests in a
    greenlet with its own context, where Django hands out a new connection
    object that no longer carries the snapshot, so the automatic restore would
    silently do nothing.
    """
    from django.db import connections

    return connections["default"]._test_serialized_contents


@pytest.fixture
def seeded_site(live_server, seed_snapshot):
    """The live server with what the migrations seed (locales, vocabularies, home page)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.db import connection
    from wagtail.models import Locale

    if not Locale.objects.exists():  # emptied by the previous browser test
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(seed_snapshot)
        ContentType.objects.clear_cache()  # ids changed with the flush and the restore
        cache.clear()
    return live_server


@pytest.fixture(scope="session")
def demo_snapshot():
    """The test database just after the first `load_demo`, kept in memory: loading the
    demo takes a quarter of a minute, copying it back a few milliseconds."""
    snapshot = sqlite3.connect(":memory:", check_same_thread=False)
    yield snapshot
    snapshot.close()


@pytest.fixture
def demo_site(seeded_site, demo_snapshot):
    """The live server with the demo content loaded, as `make run` shows it.

    The first test that asks for it loads the demo and copies the database aside with
    SQLite's backup API; later ones copy it back over whatever the previous test left.
    Media files stay in the session's media folder, so they match the copy, and content
    types keep the ids the migrations gave them, so Django's cache of them stays right.
    """
    from django.db import connection

    if connection.vendor != "sqlite":
        call_command("load_demo", stdout=io.StringIO())
        return seeded_site
    connection.ensure_connection()
    if has_tables(demo_snapshot):
        demo_snapshot.backup(connection.connection)
    else:
        call_command("load_demo", stdout=io.StringIO())
        connection.connection.backup(demo_snapshot)
    return seeded_site


def has_tables(database):
    return database.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()

    return check
