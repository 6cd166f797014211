"""`manage.py backup` then `manage.py restore` into an empty database and a fresh media
folder give back the same site: every page in every language, revisions, translations
and their sync state, documents' bytes, download counts and form submissions."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail_localize.models import Translation

from backups.fingerprint import differences, fingerprint
from backups.other_database import other_database
from curriculum.models import DownloadCount
from tests.backups.conftest import SUBMISSION, WORKSHEET, backup

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_restored_backup_holds_the_same_site(site, empty_database, tmp_path):
    before = fingerprint()
    folder = backup(tmp_path / "backups")
    media_root = tmp_path / "restored-media"
    # the site's own database and media hold content: not overwritten without --force
    with pytest.raises(CommandError, match="already hold a site.*--force"):
        call_command("restore", str(folder))
    assert differences(before, fingerprint()) == []

    call_command("restore", str(folder), database_url=empty_database, media_root=str(media_root))

    with other_database(empty_database) as restored:
        assert differences(before, fingerprint(using=restored, media_root=media_root)) == []
        french = Page.objects.using(restored).get(
            translation_key=site["about"].translation_key, locale__language_code="fr"
        )
        assert (french.title, french.live) == ("FR Quiénes somos", True)
        assert Page.objects.using(restored).filter(depth=2).count() == 3  # es, fr, en homes
        translation = Translation.objects.using(restored).get()
        assert (translation.target_locale.language_code, translation.enabled) == ("fr", True)
        assert (media_root / site["worksheet"].file.name).read_bytes() == WORKSHEET
        counts = DownloadCount.objects.using(restored).values_list("count", flat=True)
        assert list(counts) == [1]
        submission = FormSubmission.objects.using(restored).get()
        assert submission.form_data["nombre"] == SUBMISSION["nombre"]

        # the comparison sees a change made after the restore
        french.title = "Qui sommes-nous"
        french.save(update_fields=["title"])
        changed = differences(before, fingerprint(using=restored, media_root=media_root))
    assert changed == [
        f"pages: {site['about'].translation_key} fr title: 'FR Quiénes somos' in the first, "
        "'Qui sommes-nous' in the second"
    ]
