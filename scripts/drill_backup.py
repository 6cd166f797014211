"""`make drill-backup`, and the last step of `make drill`: a backup restored into an
empty database and a fresh media folder gives back the same site, on PostgreSQL and on
SQLite.

For each database: the demo (`manage.py migrate`, `manage.py load_demo`) and a few
downloads and a form submission on top, in a throwaway PostgreSQL cluster
(scripts/postgres-cluster) or a SQLite file in a temporary folder — or, when `make drill`
calls it with `--site KIND DATABASE_URL MEDIA_ROOT`, the sites that drill has just put
through its faults, with the same downloads and submission added; `manage.py backup`;
`manage.py restore` into an empty database and a fresh media folder; the two sites'
fingerprints (backups/fingerprint.py) compared; and a copy of the backup with one byte
of media.tar changed, which `manage.py restore --check` must refuse. It prints
`[backup] …` lines with its figures and exits non-zero if anything differs. Everything
it starts is stopped and removed at the end, whatever happens; the whole drill is
bounded in time (`DRILL_BACKUP_MINUTES`, 15 by default).
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER = ROOT / "scripts" / "postgres-cluster"
PYTHON = sys.executable
# Activity that load_demo leaves out: what teachers and visitors add on a real site.
ACTIVITY = """
from curriculum.models import DownloadCount, ModuleResource
from engagement.models import GetInvolvedPage
for resource in ModuleResource.objects.select_related("page")[:3]:
    for _time in range(2):
        DownloadCount.record(resource.page, resource)
for form in GetInvolvedPage.objects.live():
    form.get_submission_class().objects.create(
        page=form, form_data={"message": f"drill {form.locale.language_code}"}
    )
"""


def report(text):
    print(f"[backup] {text}", flush=True)


def timed(function, *args):
    started = time.monotonic()
    result = function(*args)
    return result, time.monotonic() - started


def manage(environment, *arguments):
    done = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def environment_for(database_url, work, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sse_site.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "CACHE_DIR": str(work / "cache"),
        "PAGE_CACHE": "false",
    }


def build_site(environment):
    manage(environment, "migrate", "--no-input", "-v", "0")
    manage(environment, "load_demo")
    add_activity(environment)


def add_activity(environment):
    manage(environment, "shell", "--no-imports", "-c", ACTIVITY)


def megabytes(path):
    return f"{path.stat().st_size / 1e6:.1f} MB"


def tampered_copy_is_refused(folder, work):
    copy = work / "tampered"
    shutil.copytree(folder, copy)
    archive = copy / "media.tar"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    archive.write_bytes(bytes(data))
    done = subprocess.run(
        [PYTHON, "manage.py", "restore", str(copy), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return done.returncode != 0 and "media.tar" in done.stderr


def drill(kind, source_url, empty_url, work, media_root=None):
    """The drill on one database (the demo built in `work`, or the site whose media folder
    is `media_root`); True when the restored site is the same."""
    from backups.fingerprint import differences, fingerprint, summary
    from backups.other_database import other_database

    work.mkdir(parents=True, exist_ok=True)
    if media_root is None:
        media_root = work / "media"
        environment = environment_for(source_url, work, media_root)
        _none, seconds = timed(build_site, environment)
        report(f"{kind}: demo loaded, with downloads and submissions, in {seconds:.1f} s")
    else:
        environment = environment_for(source_url, work, media_root)
        _none, seconds = timed(add_activity, environment)
        report(f"{kind}: the drilled site, downloads and a submission added, {seconds:.1f} s")
    output, seconds = timed(manage, environment, "backup", "--output-dir", str(work / "backups"))
    folder = Path(output.strip().splitlines()[-1])
    dump = next(path for path in folder.iterdir() if path.name.startswith("database."))
    report(
        f"{kind}: backup in {seconds:.1f} s: {dump.name} {megabytes(dump)}, "
        f"media.tar {megabytes(folder / 'media.tar')}"
    )
    fresh_media = work / "restored-media"
    arguments = ["restore", str(folder), "--database-url", empty_url, "--media-root"]
    _none, seconds = timed(manage, environment, *arguments, str(fresh_media))
    report(f"{kind}: restored into an empty database and a fresh media folder in {seconds:.1f} s")
    started = time.monotonic()
    with other_database(source_url, "source") as source:
        before = fingerprint(using=source, media_root=media_root)
    with other_database(empty_url, "restored") as restored:
        after = fingerprint(using=restored, media_root=fresh_media)
    found = differences(before, after, names=("site", "restored copy"))
    figures = ", ".join(f"{name} {value}" for name, value in summary(before).items())
    report(f"{kind}: {figures}")
    report(f"{kind}: fingerprints compared in {time.monotonic() - started:.1f} s")
    for line in found[:20]:
        report(f"{kind}: differs: {line}")
    refused = tampered_copy_is_refused(folder, work)
    verdict = "refused" if refused else "NOT refused"
    report(f"{kind}: a copy with one byte of media.tar changed: {verdict}")
    identical = not found and summary(before)["pages"] > 0
    report(f"{kind}: identical: {'yes' if identical else 'no'}")
    return identical and refused


def create_databases(server_url, *names):
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as connection:
        for name in names:
            connection.execute(f'CREATE DATABASE "{name}"')


def drill_existing(kind, source_url, media_root, work):
    """The drill on a site that already exists: restored into a new database beside it."""
    if source_url.startswith("sqlite"):
        empty = work / kind / "restored.sqlite3"
        return drill(kind, source_url, f"sqlite:///{empty}", work / kind, Path(media_root))
    server = source_url.rsplit("/", 1)[0]
    create_databases(f"{server}/postgres", f"restored_{kind}")
    return drill(kind, source_url, f"{server}/restored_{kind}", work / kind, Path(media_root))


def drill_postgresql(work):
    cluster = work / "cluster"
    url = subprocess.run(
        [str(CLUSTER), "start", str(cluster)], check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        server = url.rsplit("/", 1)[0]
        create_databases(f"{server}/postgres", "soleil", "restored")
        return drill("postgresql", f"{server}/soleil", f"{server}/restored", work / "pg")
    finally:
        subprocess.run([str(CLUSTER), "stop", str(cluster)], check=False)


def drill_sqlite(work):
    folder = work / "sqlite"
    folder.mkdir()
    source, empty = folder / "soleil.sqlite3", folder / "restored.sqlite3"
    return drill("sqlite", f"sqlite:///{source}", f"sqlite:///{empty}", folder)


def out_of_time(_signal, _frame):
    raise TimeoutError("The backup drill ran out of time (DRILL_BACKUP_MINUTES).")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--site",
        nargs=3,
        action="append",
        metavar=("KIND", "DATABASE_URL", "MEDIA_ROOT"),
        help="back up this site instead of building the demo (repeatable)",
    )
    return parser.parse_args()


def main():
    sites = arguments().site
    started = time.monotonic()
    signal.signal(signal.SIGALRM, out_of_time)
    signal.signal(signal.SIGTERM, out_of_time)
    signal.alarm(int(os.environ.get("DRILL_BACKUP_MINUTES", "15")) * 60)
    work = Path(tempfile.mkdtemp(prefix="soleil-drill-backup-"))
    work.chmod(0o755)  # as root, the cluster runs as `postgres`, which must reach its folder
    os.environ["DJANGO_SETTINGS_MODULE"] = "sse_site.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'unused.sqlite3'}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    try:
        if sites:
            results = [drill_existing(kind, url, media, work) for kind, url, media in sites]
        else:
            (work / "pg").mkdir()
            results = [drill_postgresql(work), drill_sqlite(work)]
    finally:
        signal.alarm(0)
        shutil.rmtree(work, ignore_errors=True)
    report(f"drill took {time.monotonic() - started:.0f} s")
    report(f"identical on every database: {'yes' if all(results) else 'no'}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
