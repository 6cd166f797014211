"""PostgreSQL: `pg_dump -Fc` and `pg_restore`, from Debian's client tools of the
server's own version (`/usr/lib/postgresql/<major>/bin`): an older pg_dump refuses a
newer server, and `/usr/bin/pg_dump` picks a version by its own rules.

The password goes to the tools through the environment (`PGPASSWORD`), never on a
command line that `ps` shows. A restore runs in one transaction: if it fails, the
target is left as it was.
"""

import os
import shutil
import subprocess
from pathlib import Path

import psycopg

from backups.errors import BackupError

DUMP = "database.dump"
ENGINE = "postgresql"
TOOLS = Path("/usr/lib/postgresql")


def _connect(database):
    return psycopg.connect(
        dbname=database["NAME"],
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        connect_timeout=10,
    )


def _server_major(database):
    try:
        with _connect(database) as connection:
            (number,) = connection.execute("SHOW server_version_num").fetchone()
    except psycopg.OperationalError as error:
        raise BackupError(f"PostgreSQL does not answer at {describe(database)}: {error}") from None
    return int(number) // 10000


def tool(name, database):
    """The client tool `name` of the server's major version."""
    major = _server_major(database)
    versioned = TOOLS / str(major) / "bin" / name
    if versioned.is_file():
        return str(versioned)
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} was not found: install PostgreSQL {major}'s client tools "
            f"(apt-get install postgresql-client-{major})."
        )
    return found


def _arguments(database):
    arguments = ["--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [option, str(database[key])]
    return arguments


def _run(command, database):
    environment = dict(os.environ)
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    done = subprocess.run(command, env=environment, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed:\n{done.stderr.strip()}")


def dump(database, target):
    command = [tool("pg_dump", database), "--format=custom", "--file", str(target)]
    _run(command + _arguments(database), database)


def is_empty(database):
    """Whether the target database holds no table yet (it must exist: createdb)."""
    try:
        with _connect(database) as connection:
            (tables,) = connection.execute(
                "SELECT count(*) FROM pg_catalog.pg_tables "
                "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
            ).fetchone()
    except psycopg.OperationalError as error:
        raise BackupError(
            f"PostgreSQL does not answer at {describe(database)} (create the database "
            f"first with createdb): {error}"
        ) from None
    return tables == 0


def restore(database, dump_path, replace):
    """Restore the dump; `replace` drops the objects the dump holds before making them."""
    command = [
        tool("pg_restore", database),
        "--no-owner",
        "--no-acl",
        "--single-transaction",
        "--exit-on-error",
    ]
    if replace:
        command += ["--clean", "--if-exists"]
    _run(command + _arguments(database) + [str(dump_path)], database)


def describe(database):
    host = database.get("HOST") or "the local socket"
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return f"{host}{port}/{database['NAME']}"
