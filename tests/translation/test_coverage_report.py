"""Reports → Translation coverage: what each language has live, in draft, missing
and to update, section by section, counted in SQL."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import translate_page
from core.translation_coverage import coverage_rows
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.translation.localize import save_target, start_translation, translate_strings


@pytest.fixture
def story_index(homes):
    spanish = StoryIndexPageFactory(parent=homes["es"])
    translate_page(spanish, "fr", title="Récits", slug="recits")
    return spanish


@pytest.fixture
def stories(story_index):
    """Three Spanish stories: one translated and live in French, then changed in
    Spanish (to update); one with a French draft; one not translated."""
    live, draft, untranslated = (
        StoryPageFactory(parent=story_index, title=title)
        for title in ("Energía compartida", "Banca ética", "Mercado social")
    )
    translation = start_translation(live, "fr")
    translate_strings(translation)
    save_target(translation, publish=True)
    live.summary = "Resumen nuevo."
    live.save_revision().publish()
    translate_page(draft, "fr", publish=False, title="Banque éthique")
    return {"live": live, "draft": draft, "untranslated": untranslated}


def row(rows, section, language_code):
    return next(r for r in rows if r.section == section and r.language_code == language_code)


def test_counts_live_draft_missing_and_to_update_per_language(stories):
    rows = coverage_rows()

    french = row(rows, "stories", "fr")
    assert (french.total, french.live, french.draft, french.missing) == (3, 1, 1, 1)
    assert french.to_update == 1
    english = row(rows, "stories", "en")
    assert (english.live, english.draft, english.missing, english.to_update) == (0, 0, 3, 0)
    spanish = row(rows, "stories", "es")
    assert (spanish.live, spanish.missing) == (3, 0)
    assert row(rows, "other", "fr").live == 2  # the French home and story index


def test_the_report_lists_translations_to_update_with_their_editor(admin_client, stories):
    page = admin_client.get("/admin/reports/translation-coverage/")

    html = page.content.decode()
    assert page.status_code == 200
    french = stories["live"].get_translation(stories["live"].get_translations().first().locale)
    assert f"/admin/pages/{french.pk}/edit/" in html
    assert "FR Energía compartida" in html
    assert "FR Banque éthique" not in html  # a draft made by hand, no segment waits


def test_the_csv_export_holds_the_coverage_table(admin_client, stories):
    response = admin_client.get("/admin/reports/translation-coverage/?export=csv")

    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(lines[0]) == 7
    assert lines[1:4] == [
        [lines[1][0], "Español", "3", "3", "0", "0", "0"],
        [lines[1][0], "Francés", "3", "1", "1", "1", "1"],
        [lines[1][0], "Inglés", "3", "0", "0", "3", "0"],
    ]


def test_the_admin_home_sums_up_what_each_language_lacks(admin_client, stories):
    html = admin_client.get("/admin/").content.decode()

    assert 'id="translation-coverage-section"' in html
    assert "<strong>Francés:</strong>" in html and "<strong>Inglés:</strong>" in html
    assert "/admin/reports/translation-coverage/" in html


@pytest.mark.usefixtures("page_cache_off")
def test_the_report_s_queries_do_not_grow_with_the_number_of_pages(story_index):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            coverage_rows()
        return len(captured)

    StoryPageFactory.create_batch(3, parent=story_index)
    few = queries()
    StoryPageFactory.create_batch(27, parent=story_index)

    assert queries() == few
