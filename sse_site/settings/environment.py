"""Every knob the operator can turn, read once from the environment.

Settings modules import the values from here instead of calling ``os.environ``
themselves, so this file is the one place that lists what can be configured.
"""

import os
from pathlib import Path

from .release import code_fingerprint

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# name                  type   default
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = _list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = os.environ.get("REDIS_URL", "")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
# Uploaded files on S3-compatible object storage instead (see media_storage.py).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local").strip().lower()
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL", "")
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME", "")
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
AWS_QUERYSTRING_EXPIRE = _int("AWS_QUERYSTRING_EXPIRE", 300)
MEDIA_PUBLIC_URL = os.environ.get("MEDIA_PUBLIC_URL", "")
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
# Where `manage.py backup` (make backup) writes its folders, one per backup.
BACKUP_DIR = os.environ.get("BACKUP_DIR", str(BASE_DIR / "site-backups"))
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
# Page cache: anonymous visitors get pages from the cache until the content changes.
PAGE_CACHE = _bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = _int("PAGE_CACHE_SECONDS", 24 * 60 * 60)
# Background work: "immediate" (in the request) or "database" (run by manage.py db_worker).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
# The get-involved form: stored submissions an hour from one address (engagement.spam).
FORM_SUBMISSIONS_PER_HOUR = _int("FORM_SUBMISSIONS_PER_HOUR", 5)
# The most a module pack's files may weigh, in megabytes; a module over it has no pack.
MODULE_PACK_MAX_MB = _int("MODULE_PACK_MAX_MB", 200)
# Search terms: each worker writes its tally of searches this long after the first one.
SEARCH_TERMS_FLUSH_SECONDS = _int("SEARCH_TERMS_FLUSH_SECONDS", 60)
# Folder for what this machine's workers share without Redis: cached pages, locks.
CACHE_DIR = os.environ.get("CACHE_DIR", str(BASE_DIR / "cache"))
RELEASE = os.environ.get("RELEASE", "") or code_fingerprint(BASE_DIR)
# A CDN or caching proxy in front: how long it may keep a page without asking
# (s-maxage), and where Wagtail sends purges when a page changes.
CDN_MAX_AGE = _int("CDN_MAX_AGE", 0)
FRONTEND_CACHE_PURGE_URLS = _list("FRONTEND_CACHE_PURGE_URLS")
CLOUDFLARE_API_TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN", "")
CLOUDFLARE_ZONE_ID = os.environ.get("CLOUDFLARE_ZONE_ID", "")
