"""Tests: fast hashing, local memory cache, a throwaway media folder.

The database comes from DATABASE_URL, so the same suite runs on SQLite and on
PostgreSQL (`make test` runs it on both).
"""

import atexit
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
MEDIA_ROOT = tempfile.mkdtemp(prefix="soleil-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="soleil-test-static-")
LOCK_DIR = tempfile.mkdtemp(prefix="soleil-test-locks-")
for _folder in (MEDIA_ROOT, STATIC_ROOT, LOCK_DIR):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
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
