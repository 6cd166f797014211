"""Which release of the code is running, so caches shared between releases never mix them.

Cached pages hold HTML made by templates, Python code, interface translations and
hashed static file names. A deployment that changes any of them must not be
served pages the previous release made, even from a Redis or a cache folder that
outlives the processes. `RELEASE` (an environment variable, e.g. the commit
deployed) names the release; without it, a fingerprint of the files that shape
the HTML stands in.
"""

import hashlib
import os
from pathlib import Path

SHAPING_SUFFIXES = {".py", ".html", ".txt", ".xml", ".mo", ".lock", ".css", ".js", ".svg"}
SKIPPED_FOLDERS = {
    ".venv",
    ".git",
    "node_modules",
    "media",
    "tests",
    "bench",
    "bench-report",
    "test-reports",
    "cache",
    "staticfiles",
    "__pycache__",
}


def shaping_files(base_dir):
    """(path relative to `base_dir`, path) of every file that shapes the HTML, in order."""
    base_dir = Path(base_dir)
    for folder, subfolders, names in os.walk(base_dir):
        subfolders[:] = sorted(
            name for name in subfolders if name not in SKIPPED_FOLDERS and not name.startswith(".")
        )
        for name in sorted(names):
            path = Path(folder, name)
            if path.suffix in SHAPING_SUFFIXES:
                yield path.relative_to(base_dir), path


def code_fingerprint(base_dir):
    digest = hashlib.sha256()
    for relative, path in shaping_files(base_dir):
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
