from datetime import UTC, datetime
from pathlib import Path
from shutil import rmtree

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from backups import engines, manifest, media
from backups.errors import BackupError


class Command(BaseCommand):
    help = (
        "Back up the site: the database (pg_dump, or SQLite's online backup) and the "
        "media folder, in one new folder named by the UTC time, with a manifest of each "
        "file's sha256. The site keeps serving meanwhile. Prints the folder."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=settings.BACKUP_DIR,
            help="where the backup's folder is made (default: BACKUP_DIR)",
        )

    def handle(self, *args, output_dir, **options):
        database = connections["default"].settings_dict
        created = datetime.now(UTC)
        folder = Path(output_dir) / created.strftime("%Y-%m-%dT%H%M%SZ")
        partial = folder.with_name(f"{folder.name}.partial")
        if folder.exists():
            raise CommandError(f"{folder} exists already: wait a second and try again.")
        try:
            engine = engines.for_database(database)
            partial.mkdir(parents=True)
            engine.dump(database, partial / engine.DUMP)
            media.archive(settings.MEDIA_ROOT, partial / media.ARCHIVE)
            manifest.write(partial, created, engine.ENGINE, [engine.DUMP, media.ARCHIVE])
            partial.rename(folder)
        except (BackupError, OSError) as error:
            raise CommandError(f"No backup was made: {error}") from None
        finally:
            rmtree(partial, ignore_errors=True)
        if not isinstance(default_storage, FileSystemStorage):
            self.stderr.write(
                "Uploads are in object storage (MEDIA_STORAGE=s3): they are not in this "
                "backup; back up the bucket with your provider's tools."
            )
        self.stdout.write(str(folder))
