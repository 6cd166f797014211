"""Settings shared by every environment; dev, test and production change only what they must."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import pgettext_lazy

from . import environment as env
from .frontend_cache import frontend_cache_backends
from .headers import PERMISSIONS_POLICY, admin_policy, public_policy  # noqa: F401
from .languages import content_languages
from .machine_translation import deepl_translator
from .media_storage import image_sources, media_storages, rendition_storage
from .redis import caches_setting, login_throttle_store, session_engine
from .tasks import tasks_setting

BASE_DIR = env.BASE_DIR
SECRET_KEY = env.SECRET_KEY
DEBUG = False  # dev.py turns it on
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "backups",
    "home",
    "opendata",
    "campaigns",
    "search",
    "sectors",
    "observatory",
    "stories",
    "curriculum",
    "events",
    "engagement",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so that every response gets its headers: static files (whitenoise), pages
    # from the page cache, errors.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.language_scope.OtherLanguagePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.admin_csp.AdminAwareCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sse_site.urls"
WSGI_APPLICATION = "sse_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.content_version",
            ],
        },
    },
]


def database_from_url(url):
    """Parse DATABASE_URL; SQLite gets what a real site needs under concurrent writers."""
    config = dj_database_url.parse(url, conn_max_age=0)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


DATABASES = {"default": database_from_url(env.DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "pages" keeps whole pages and whatever else lasts until the content changes
# (core.freshness); "counters" the form's submission limit and failed logins. With
# REDIS_URL all three are in Redis, shared by every app server (settings/redis.py says
# what each does while Redis is away).
CACHES = caches_setting(env, Path(env.CACHE_DIR) / "pages")
SESSION_ENGINE = session_engine(env)
PAGE_CACHE_ALIAS = "pages"
REDIS_URL = env.REDIS_URL
LOCK_DIR = Path(env.CACHE_DIR) / "locks"
PAGE_CACHE_ENABLED = env.PAGE_CACHE
PAGE_CACHE_SECONDS = env.PAGE_CACHE_SECONDS
SEARCH_TERMS_FLUSH_SECONDS = env.SEARCH_TERMS_FLUSH_SECONDS
FORM_SUBMISSIONS_PER_HOUR = env.FORM_SUBMISSIONS_PER_HOUR
TASKS = tasks_setting(env)
MODULE_PACK_MAX_BYTES = env.MODULE_PACK_MAX_MB * 1024 * 1024
# What Soleil's own work tells the operator ("module pack built: …"), on stderr, from
# the app servers and from `manage.py db_worker` alike; production.py logs all at INFO.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"curriculum": {"handlers": ["console"], "level": "INFO"}},
}
RELEASE = env.RELEASE
CDN_MAX_AGE = env.CDN_MAX_AGE

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the interface and the content speak the same languages, the ones listed in
# LANGUAGES; every list of languages in Soleil is read from it (README, "Adding a
# language"). Visitors choose among them by the name each gives itself; the admin names a
# content language in the editor's own language, as a sentence would ("Publicar en inglés",
# "Publier en espagnol"): CONTENT_LANGUAGE_NAMES, or Django's name for a language left out.
LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", "Español"),
    ("fr", "Français"),
    ("en", "English"),
]
CONTENT_LANGUAGE_NAMES = {
    "es": pgettext_lazy("name of a content language", "Spanish"),
    "fr": pgettext_lazy("name of a content language", "French"),
    "en": pgettext_lazy("name of a content language", "English"),
}
WAGTAIL_CONTENT_LANGUAGES = content_languages(LANGUAGES, CONTENT_LANGUAGE_NAMES)
# How link previews (Open Graph's og:locale, language_TERRITORY) name a language where the
# default does not fit; the default is the country the C library pairs the language with
# ("es" → es_ES, "fr" → fr_FR, "ca" → ca_ES, but "en" → en_US).
OPEN_GRAPH_LOCALES = {"en": "en_GB"}
WAGTAIL_I18N_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = deepl_translator(
    env.DEEPL_API_KEY, env.DEEPL_FORMALITY, env.DEEPL_GLOSSARY_IDS
)
# Soleil's own strings, then its Spanish and French for the strings of Django, Wagtail and
# wagtail-localize that their catalogues lack or get wrong: both come before the apps'.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
USE_I18N = True
TIME_ZONE = "Europe/Madrid"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.STATIC_ROOT
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.MEDIA_ROOT
BACKUP_DIR = env.BACKUP_DIR
STORAGES = {
    **media_storages(env),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if rendition_storage(env):
    WAGTAILIMAGES_RENDITION_STORAGE = rendition_storage(env)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Soleil"
WAGTAILADMIN_BASE_URL = env.SITE_BASE_URL
# Wagtail's database backend, stemming each page in its own language (see search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# A renamed or moved page leaves a permanent redirect from its old URL (per language).
WAGTAILREDIRECTS_AUTO_CREATE = True

# The open-data API (opendata.api): at most this many items a request, and this many
# requests per address (opendata.throttling, DRF's notation: "120/minute").
WAGTAILAPI_LIMIT_MAX = 100
OPENDATA_API_RATE = "120/minute"

# Documents are served through Django so private collections hold, with a
# fixed list of formats teachers can open and a size limit on uploads.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every file downloads; none opens in the browser
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"  # a refusal gives one reason

# Images: no SVG (it can carry script), bounded size and pixel count.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageForm"  # a refusal gives real numbers

# Content-Security-Policy: strict on public pages, the admin's own under /admin/, and
# Permissions-Policy; settings/headers.py says what each allows and why.
CONTENT_SECURITY_POLICY = public_policy(image_sources(env))
ADMIN_CONTENT_SECURITY_POLICY = admin_policy(image_sources(env))
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No avatars fetched from Gravatar: the admin loads nothing from another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGIN_URL = "wagtailadmin_login"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins for one account,
# or from one address, logins for it are refused for AXES_COOLOFF_TIME, counted where
# every app server sees them (settings/redis.py, `login_throttle_store`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER, AXES_CACHE = login_throttle_store(env)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.addresses.client_address"
AXES_LOCKOUT_CALLABLE = "core.login_throttle.refused_login_response"
AXES_USERNAME_FORM_FIELD = "username"
# Errors a Redis outage makes the `default` and `pages` caches ignore are logged.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# A caching proxy or CDN in front, purged by Wagtail in every language (README, "Production";
# Wagtail purges each of WAGTAIL_CONTENT_LANGUAGES' addresses of a page).
WAGTAILFRONTENDCACHE = frontend_cache_backends(
    env.FRONTEND_CACHE_PURGE_URLS, env.CLOUDFLARE_API_TOKEN, env.CLOUDFLARE_ZONE_ID
)
# Each language's page is a page of its own, with its own slug, purged with its
# translations (core.frontend_purge); Wagtail's default would also purge every
# address under each other language's prefix, addresses the site never serves.
WAGTAILFRONTENDCACHE_LANGUAGES = []
