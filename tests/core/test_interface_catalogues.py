"""Every interface string has a Spanish and a French translation."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["es", "fr"])
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))

    assert len(catalogue) > 50
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_the_catalogues_hold_every_string_the_code_marks_for_translation(tmp_path):
    """Running `make messages` would add nothing: no msgid is missing from the catalogues."""
    project = Path(__file__).resolve().parents[2]
    copy = tmp_path / "project"
    ignored = shutil.ignore_patterns(
        ".venv", "media", "staticfiles", "test-reports", "test-results", "*.sqlite3*", "*.mo"
    )
    shutil.copytree(project, copy, ignore=ignored, symlinks=True)

    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "es", "-l", "fr", "--no-location"]
        + ["--ignore=tests/*", "--ignore=.venv/*", "-v", "0"],
        cwd=copy,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "sse_site.settings.test"},
    )

    for language in ("es", "fr"):
        committed = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
        regenerated = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        known = {(entry.msgctxt, entry.msgid) for entry in committed}
        new = [e.msgid for e in regenerated if (e.msgctxt, e.msgid) not in known and not e.obsolete]
        assert new == [], f"{language}: run `make messages` and translate these"
