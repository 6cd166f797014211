"""Tests: fast hashing, local memory cache, a throwaway media folder.

The database comes from DATABASE_URL, so the same suite runs on SQLite and on
PostgreSQL (`make test` runs it on both).
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"
CACHES = {
    "default": {"BACKEND": LOCAL_MEMORY},
    "pages": {"BACKEND": LOCAL_MEMORY, "LOCATION": "pages"},
    "counters": {"BACKEND": LOCAL_MEMORY, "LOCATION": "counters"},
}


def throwaway_folder(purpose):
    """A folder removed at exit; in a task worker a test started (tests/task_queue.py),
    the test's own, named in SOLEIL_TEST_<PURPOSE>, so both see the same files."""
    given = os.environ.get(f"SOLEIL_TEST_{purpose.upper()}")
    if given:
        return given
    folder = tempfile.mkdtemp(prefix=f"soleil-test-{purpose}-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


MEDIA_ROOT = throwaway_folder("media")
STATIC_ROOT = throwaway_folder("static")
LOCK_DIR = throwaway_folder("locks")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Login throttling off: the test client's `login()` (Wagtail's test case uses it) has no
# request to give django-axes. tests/core/test_login_throttle.py turns it on and logs in
# through the admin's login page, as people do.
AXES_ENABLED = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Each search counted at once; tests/search/test_search_terms.py sets a delay where it
# checks the tally.
SEARCH_TERMS_FLUSH_SECONDS = 0
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The translation editor's machine-translation button, without calling any service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
# SQLite's test database in a file, not in memory: the live server's threads then get
# connections of their own, which wait for each other's writes (`timeout`) as a real
# site's workers do, instead of sharing the test's one connection.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(Path(LOCK_DIR) / "test.sqlite3")}  # noqa: F405
