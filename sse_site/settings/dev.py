"""Local development: `make run`. SQLite file, debug pages, console e-mail."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env.SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405
ALLOWED_HOSTS = env.ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# One person trying the site sees each search in Reports → Search terms at once.
SEARCH_TERMS_FLUSH_SECONDS = 0
