"""Which module backs up and restores a database, from its Django settings."""

import dj_database_url

from backups import postgresql, sqlite
from backups.errors import BackupError

BY_DJANGO_ENGINE = {
    "django.db.backends.sqlite3": sqlite,
    "django.db.backends.postgresql": postgresql,
}
BY_NAME = {module.ENGINE: module for module in BY_DJANGO_ENGINE.values()}


def for_database(database):
    try:
        return BY_DJANGO_ENGINE[database["ENGINE"]]
    except KeyError:
        raise BackupError(
            f"Backups handle SQLite and PostgreSQL, not {database['ENGINE']}."
        ) from None


def for_name(name):
    try:
        return BY_NAME[name]
    except KeyError:
        raise BackupError(f"The backup holds a database of an unknown kind: {name!r}.") from None


def database_from_url(url):
    """Django's settings of a database given by its URL (as DATABASE_URL is written)."""
    try:
        return dj_database_url.parse(url)
    except ValueError as error:
        raise BackupError(f"Not a database URL: {url!r} ({error})") from None
