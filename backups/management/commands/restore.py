from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from backups import engines, manifest, media
from backups.errors import BackupError
from core import freshness


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the site's database and media "
        "folder (or those given). Every file's sha256 is checked against the manifest "
        "before anything is touched; a database or media folder that already holds a "
        "site is refused unless --force. With --check, only the checks are made."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="the backup's folder")
        parser.add_argument(
            "--force", action="store_true", help="replace a database and media that hold a site"
        )
        parser.add_argument(
            "--check", action="store_true", help="check the backup's files and stop there"
        )
        parser.add_argument(
            "--database-url", help="restore into this database (default: DATABASE_URL)"
        )
        parser.add_argument("--media-root", help="restore into this folder (default: MEDIA_ROOT)")

    def handle(self, *args, backup, force, check, database_url, media_root, **options):
        try:
            self.restore(Path(backup), force, check, database_url, media_root)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None

    def restore(self, folder, force, check, database_url, media_root):
        engine = engines.for_name(manifest.read(folder).get("database_engine"))
        made = manifest.verify(folder, [engine.DUMP, media.ARCHIVE])
        if check:
            self.stdout.write(
                f"{folder}: complete and unchanged ({engine.ENGINE}, made {made['created']}, "
                f"Soleil {made.get('soleil_commit') or 'commit unknown'})."
            )
            return
        if database_url:
            database = engines.database_from_url(database_url)
        else:
            database = connections["default"].settings_dict
        if engines.for_database(database) is not engine:
            raise BackupError(
                f"This backup holds a {engine.ENGINE} database; the target is "
                f"{engines.for_database(database).ENGINE}. Restore it into {engine.ENGINE}."
            )
        media_root = Path(media_root or settings.MEDIA_ROOT)
        if not force:
            self.refuse_to_overwrite(engine, database, media_root)
        unpacked = media.unpack(folder / media.ARCHIVE, media_root)
        try:
            connections.close_all()
            engine.restore(database, folder / engine.DUMP, replace=force)
        except BaseException:
            media.discard(unpacked)
            raise
        media.put_in_place(unpacked, media_root)
        if not database_url:
            freshness.advance()  # pages cached before the restore are not served again
        self.stdout.write(
            f"Restored {folder} into {engine.describe(database)} and {media_root}. "
            "If the backup is older than the code, run `manage.py migrate` now."
        )

    def refuse_to_overwrite(self, engine, database, media_root):
        holding = []
        if not engine.is_empty(database):
            holding.append(f"the database {engine.describe(database)}")
        if not media.is_empty(media_root):
            holding.append(f"the media folder {media_root}")
        if holding:
            raise BackupError(
                f"Nothing was restored: {' and '.join(holding)} already hold a site. To "
                "replace it, run again with --force (make restore … FORCE=1)."
            )
