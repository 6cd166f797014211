"""The media folder (MEDIA_ROOT) as one tar file, and back.

Local media only: with `MEDIA_STORAGE=s3` the bucket is backed up with the provider's
own tools (docs/deploy.md, "Backups"). Files are stored as they are, uncompressed:
documents and images are mostly compressed already. A restore unpacks into a folder
beside the target first, before the database is touched, with tarfile's "data" filter
(no path leaving the folder, no device, no link outside), and puts it in place only
once the database is restored.
"""

import shutil
import tarfile
from pathlib import Path

from backups.errors import BackupError

ARCHIVE = "media.tar"


def archive(media_root, target):
    media_root = Path(media_root)
    with tarfile.open(target, "w") as tar:
        if media_root.is_dir():
            for entry in sorted(media_root.iterdir()):
                tar.add(entry, arcname=entry.name)


def is_empty(media_root):
    """Whether the folder holds no file (missing, or only empty folders)."""
    media_root = Path(media_root)
    return not media_root.exists() or not any(p.is_file() for p in media_root.rglob("*"))


def unpack(archive_path, media_root):
    """Unpack the archive beside `media_root`; the folder it is in, to `put_in_place`."""
    media_root = Path(media_root)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = media_root.with_name(f".{media_root.name}.restoring")
    discard(unpacked)
    try:
        with tarfile.open(archive_path) as tar:
            tar.extractall(unpacked, filter="data")
    except (tarfile.TarError, OSError) as error:
        discard(unpacked)
        raise BackupError(f"The media archive could not be unpacked: {error}") from None
    return unpacked


def discard(unpacked):
    shutil.rmtree(unpacked, ignore_errors=True)


def put_in_place(unpacked, media_root):
    """Replace what `media_root` holds with the unpacked files. The folder itself stays
    (it may be a mount point); its entries are swapped."""
    media_root = Path(media_root)
    media_root.mkdir(exist_ok=True)
    for entry in media_root.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in Path(unpacked).iterdir():
        entry.rename(media_root / entry.name)
    Path(unpacked).rmdir()
