"""Browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright.

`make test` installs Chromium; these tests fail, rather than skip, without it.
"""

import io
import os

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


@pytest.fixture
def demo_site(live_server, transactional_db, django_db_serialized_rollback):
    """The live server with the demo content loaded, as `make run` shows it."""
    call_command("load_demo", stdout=io.StringIO())
    return live_server


@pytest.fixture
def django_db_serialized_rollback():
    """Keep the data the migrations seed (locales, vocabularies, home page) across
    transactional tests, which otherwise empty every table."""
    return True


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()

    return check
