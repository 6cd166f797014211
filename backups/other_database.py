"""A second database opened beside the site's, to fingerprint a restored copy:

    with other_database("sqlite:////tmp/restored.sqlite3") as alias:
        restored = fingerprint(using=alias, media_root="/tmp/restored-media")

The connection is given to this thread only and is not added to the DATABASES
setting, so nothing else (migrations, a test's flush, `close_all`) ever uses it.
"""

from contextlib import contextmanager

from django.db import connections
from django.db.utils import load_backend

from backups.engines import database_from_url


@contextmanager
def other_database(url, alias="restored"):
    configured = connections.configure_settings({"default": database_from_url(url)})["default"]
    connection = load_backend(configured["ENGINE"]).DatabaseWrapper(configured, alias)
    connections[alias] = connection
    try:
        yield alias
    finally:
        connection.close()
        del connections[alias]
