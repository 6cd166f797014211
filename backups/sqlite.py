"""SQLite: copied page by page through SQLite's online backup API.

A file copy of a live database can catch a write half done, and misses what still
sits in the WAL beside it; `Connection.backup` copies a consistent state while the
site keeps serving (writers wait for the few milliseconds it takes). The copy is
switched to a plain rollback journal so the backup is one self-contained file.
"""

import sqlite3
from pathlib import Path

from backups.errors import BackupError

DUMP = "database.sqlite3"
ENGINE = "sqlite"


def _path(database):
    name = str(database["NAME"])
    if not name or name == ":memory:":
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return Path(name)


def dump(database, target):
    source_path = _path(database)
    if not source_path.is_file():
        raise BackupError(f"The SQLite database {source_path} does not exist.")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
    finally:
        copy.close()
        source.close()
    if verdict != "ok":
        raise BackupError(f"The copy of {source_path} fails SQLite's integrity check: {verdict}")


def is_empty(database):
    """Whether the target holds no table yet: no file, an empty file, or no schema."""
    path = _path(database)
    if not path.exists() or path.stat().st_size == 0:
        return True
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()
    finally:
        connection.close()
    return tables == 0


def restore(database, dump_path, replace):
    """Write the backup's pages over the target in one step (whatever it held, so
    `replace` changes nothing here); the site's WAL mode back on."""
    path = _path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{dump_path}?mode=ro", uri=True)
    target = sqlite3.connect(path, timeout=30)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
        source.close()


def describe(database):
    return str(_path(database))
