"""Every knob the operator can turn, read once from the environment.

Settings modules import the values from here instead of calling ``os.environ``
themselves, so this file is the one place that lists what can be configured.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# name                  type   default
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = _bool("DEBUG", False)
ALLOWED_HOSTS = _list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = os.environ.get("REDIS_URL", "")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
SECURE_SSL_REDIRECT = _bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_PRELOAD = _bool("SECURE_HSTS_PRELOAD", True)
BEHIND_TLS_PROXY = _bool("BEHIND_TLS_PROXY", True)
# Machine translation in wagtail-localize's editor (DeepL); none without a key.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
# "default", "prefer_more" (vous / usted) or "prefer_less" (tu / tú).
DEEPL_FORMALITY = os.environ.get("DEEPL_FORMALITY", "prefer_less")
# DeepL glossaries by language pair: "ES:FR=<glossary id>,ES:EN=<glossary id>".
DEEPL_GLOSSARY_IDS = _list("DEEPL_GLOSSARY_IDS")
