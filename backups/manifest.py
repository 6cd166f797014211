"""The manifest of a backup folder: what it holds and each file's sha256 and size.

Written last, once every file is complete, so a folder without one is an incomplete
backup. `verify` reads every file again and compares: a backup whose bytes changed
since it was made (a damaged disk, a copy cut short, a file edited) is refused before
anything is restored.
"""

import hashlib
import json
import subprocess
from datetime import UTC
from pathlib import Path

from django.conf import settings

from backups.errors import BackupError

MANIFEST = "manifest.json"
FORMAT = 1
CHUNK = 1024 * 1024


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def soleil_commit():
    """The git commit of the running code, or None outside a git checkout."""
    try:
        done = subprocess.run(
            ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def write(folder, created, engine, file_names):
    manifest = {
        "format": FORMAT,
        "created": created.astimezone(UTC).isoformat(timespec="seconds"),
        "soleil_commit": soleil_commit(),
        "database_engine": engine,
        "files": {
            name: {"sha256": sha256(folder / name), "size": (folder / name).stat().st_size}
            for name in file_names
        },
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def read(folder):
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(f"{folder} is not a backup folder: it does not exist.")
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            f"{folder} is incomplete: it has no {MANIFEST} (a backup writes it last, "
            "so this one was interrupted or is not a Soleil backup)."
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise BackupError(f"{folder}/{MANIFEST} is damaged: it is not valid JSON.") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise BackupError(f"{folder}/{MANIFEST} is not a Soleil backup manifest.")
    return manifest


def problems(folder, manifest, required):
    """What does not match the manifest: missing, cut short, changed files."""
    found = []
    for name in required:
        if name not in manifest["files"]:
            found.append(f"{name}: not listed in the manifest")
    for name, expected in sorted(manifest["files"].items()):
        path = folder / name
        if not path.is_file():
            found.append(f"{name}: missing")
        elif path.stat().st_size != expected.get("size"):
            found.append(
                f"{name}: {path.stat().st_size} bytes, the manifest says {expected.get('size')}"
            )
        elif sha256(path) != expected.get("sha256"):
            found.append(f"{name}: its sha256 differs from the manifest's (the file changed)")
    return found


def verify(folder, required):
    """The manifest of a backup whose files are all there and unchanged; else BackupError."""
    folder = Path(folder)
    manifest = read(folder)
    found = problems(folder, manifest, required)
    if found:
        listed = "\n".join(f"  - {problem}" for problem in found)
        raise BackupError(f"{folder} is damaged or incomplete, so nothing was restored:\n{listed}")
    return manifest
