"""`manage.py seed_bulk`: bulk pages read, filter, search and edit like published pages."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail_localize.models import Translation, TranslationSource

from core.models import Sector
from curriculum.models import CurriculumIndexPage, ModulePage
from events.models import EventIndexPage, EventPage
from home.bulk.progress import Progress
from home.bulk.words import lexicons
from stories.models import StoryIndexPage, StoryPage
from tests.home.admin_forms import edit_form_data
from tests.search.helpers import result_titles
from tests.translation.localize import save_target

STORIES, MODULES, EVENTS = 6, 3, 10
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def seed(**options):
    stdout = io.StringIO()
    call_command(
        "seed_bulk",
        stories=options.get("stories", STORIES),
        modules=options.get("modules", MODULES),
        events=options.get("events", EVENTS),
        seed=options.get("seed", 3),
        localized=options.get("localized", 0),
        quiet=True,
        stdout=stdout,
    )
    return stdout.getvalue()


@pytest.fixture
def seeded(db):
    return seed()


def index(model, language):
    return model.objects.get(locale__language_code=language)


def listed(client, url):
    return client.get(url).context["listing"].page.paginator.count


def test_every_language_lists_the_stories_modules_and_events_it_was_given(client, seeded):
    for language in LANGUAGES:
        assert listed(client, index(StoryIndexPage, language).url) == STORIES
        assert listed(client, index(CurriculumIndexPage, language).url) == MODULES
        events = index(EventIndexPage, language)
        upcoming = listed(client, events.url)
        past = listed(client, events.url + "archive/")
        assert upcoming >= 1 and past >= 1
        assert upcoming + past == EVENTS
    assert f"Added {(STORIES + MODULES + EVENTS) * len(LANGUAGES)} live pages" in seeded


def test_a_story_reads_in_each_language_with_links_to_its_translations(client, seeded):
    spanish = StoryPage.objects.filter(locale__language_code="es").first()
    family = {page.locale.language_code: page for page in spanish.get_translations(inclusive=True)}
    assert sorted(family) == sorted(LANGUAGES)
    assert len({page.title for page in family.values()}) == len(LANGUAGES)
    for language, page in family.items():
        response = client.get(page.url)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == language
        assert soup.h1.get_text(strip=True) == page.title
        switcher = {
            link["hreflang"]: link["href"] for link in soup.select(".language-switcher a[hreflang]")
        }
        assert switcher == {other: family[other].url for other in LANGUAGES if other != language}


def test_the_tree_is_consistent(seeded):
    assert Page.find_problems() == ([], [], [], [], [])
    for model in (StoryIndexPage, CurriculumIndexPage, EventIndexPage):
        for parent in model.objects.all():
            children = parent.get_children()
            assert parent.numchild == children.count()
            for child in children:
                assert child.url_path == f"{parent.url_path}{child.slug}/"
                assert child.live and child.first_published_at and child.last_published_at
                assert child.draft_title == child.title
                assert child.live_revision_id == child.latest_revision_id is not None
                assert not child.has_unpublished_changes


def test_every_seeded_page_passes_its_models_validation(seeded):
    for model in (StoryPage, ModulePage, EventPage):
        for page in model.objects.all():
            page.full_clean()
    for event in EventPage.objects.all():
        for occurrence in event.occurrences.all():
            occurrence.full_clean()


def test_sector_filter_gives_the_stories_of_that_sector(client, seeded):
    stories = StoryPage.objects.filter(locale__language_code="fr")
    by_sector = {}
    for story in stories:
        for sector in story.sectors.all():
            by_sector.setdefault(sector.pk, []).append(story.title)
    sector = Sector.objects.get(pk=max(by_sector, key=lambda pk: len(by_sector[pk])))
    assert sector.locale.language_code == "fr"

    response = client.get(f"{index(StoryIndexPage, 'fr').url}?sector={sector.slug}")

    titles = [
        card.get_text(strip=True)
        for card in BeautifulSoup(response.content, "html.parser").select(".card__title a")
    ]
    assert sorted(titles) == sorted(by_sector[sector.pk])
    counts = {
        option.label: option.count
        for facet in response.context["listing"].facet_results
        if facet.name == "sector"
        for option in facet.options
    }
    assert counts[sector.name] == len(by_sector[sector.pk])


def test_search_finds_a_seeded_story_in_its_language(client, search_pages, seeded):
    french = StoryPage.objects.filter(locale__language_code="fr").first()
    word = max(french.title.split(": ", 1)[1].split(), key=len)

    found = result_titles(client.get(f"/fr/recherche/?q={word}&type=story"))

    assert french.title in found


def synchronised(page):
    """What a translation takes from its original, as the page and its rows hold it."""
    page = type(page).objects.get(pk=page.pk)
    common = {
        "key": page.translation_key,
        "locale": page.locale_id,
        "image": page.hero_image_id,
        "blocks": [block.id for block in page.body],
    }
    if isinstance(page, EventPage):
        return common | {
            "fields": (page.time_zone, page.status, page.country, page.online_url, page.postcode),
            "terms": (page.event_type_id, page.territory_id),
            "dates": [(o.uid, o.starts_at, o.ends_at) for o in page.sorted_occurrences()],
            "participants": [link.page_id for link in page.participants.all()],
        }
    return common | {
        "fields": (page.founded, page.website, page.date_published, page.initiative_name),
        "terms": (page.organisation_form_id, page.territory_id),
        "sectors": sorted(page.sectors.values_list("pk", flat=True)),
        "figures": [(f.translation_key, f.locale_id, f.value) for f in page.key_figures.all()],
        "related": [link.page_id for link in page.related_story_links.all()],
    }


@pytest.mark.parametrize("model", [StoryPage, EventPage])
def test_a_translation_holds_what_copy_for_translation_makes(seeded, model):
    original = model.objects.filter(locale__language_code="es").first()
    french = original.get_translation(Locale.objects.get(language_code="fr")).specific
    bulk = synchronised(french)
    french.delete()

    copy = original.copy_for_translation(Locale.objects.get(language_code="fr")).specific

    assert synchronised(copy) == bulk
    assert set(original.live_revision.content) == set(copy.serializable_data())


def test_key_figures_are_translated_rows_sharing_a_key(seeded):
    story = StoryPage.objects.filter(locale__language_code="es", key_figures__isnull=False).first()
    english = story.get_translations().get(locale__language_code="en").specific
    pairs = zip(story.key_figures.all(), english.key_figures.all(), strict=True)
    for original, translation in pairs:
        assert translation.translation_key == original.translation_key
        assert translation.value == original.value
        assert translation.locale_id == english.locale_id != original.locale_id


def test_reference_index_rows_are_those_wagtail_makes(seeded):
    for model in (StoryPage, ModulePage, EventPage):
        page = model.objects.filter(locale__language_code="fr").first()
        bulk = set(
            ReferenceIndex.get_references_for_object(page).values_list(
                "to_object_id", "content_path"
            )
        )
        ReferenceIndex.remove_for_object(page)
        ReferenceIndex.create_or_update_for_object(page)
        made = set(
            ReferenceIndex.get_references_for_object(page).values_list(
                "to_object_id", "content_path"
            )
        )
        assert bulk == made and bulk


@pytest.mark.parametrize("model", [StoryPage, ModulePage, EventPage])
def test_a_seeded_page_opens_in_the_admin_and_publishes_again(
    client, seeded, model, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    page = model.objects.filter(locale__language_code="fr").first()
    first_revision = page.live_revision_id
    edit_url = f"/admin/pages/{page.pk}/edit/"

    response = client.get(edit_url)
    assert response.status_code == 200
    published = client.post(edit_url, edit_form_data(response, page))

    assert published.status_code == 302
    page.refresh_from_db()
    assert page.live and page.live_revision_id not in (None, first_revision)
    assert page.live_revision_id == page.latest_revision_id
    assert page.revisions.count() == 2
    assert client.get(page.url).status_code == 200


def test_a_second_run_adds_as_many_again_with_slugs_unique_under_each_index(seeded):
    seed()

    for language in LANGUAGES:
        stories = StoryPage.objects.filter(locale__language_code=language)
        assert stories.count() == 2 * STORIES
        assert len(set(stories.values_list("slug", flat=True))) == 2 * STORIES
    assert Page.find_problems() == ([], [], [], [], [])


def test_a_sample_gets_wagtail_localize_records_and_its_editor_fully_translated(
    client, db, django_user_model
):
    seed(localized=2)

    sources = TranslationSource.objects.all()
    assert sources.count() == 2 * 3  # two originals of each page type
    assert Translation.objects.count() == 2 * 3 * (len(LANGUAGES) - 1)
    for translation in Translation.objects.all():
        total, translated = translation.get_progress()
        assert total > 0 and translated == total

    translation = Translation.objects.filter(
        target_locale__language_code="fr", source__specific_content_type__model="storypage"
    ).first()
    french = translation.get_target_instance()
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    editor = client.get(f"/admin/pages/{french.pk}/edit/")
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]

    before = (french.title, french.summary, [block.id for block in french.body], str(french.body))
    save_target(translation)  # what "Sync translated pages" ends with
    french = StoryPage.objects.get(pk=french.pk)
    assert (french.title, french.summary, [b.id for b in french.body], str(french.body)) == before


def test_every_language_has_its_words_in_step():
    words = lexicons(LANGUAGES)
    assert len(words["es"]["words"]) == len(words["fr"]["words"]) == len(words["en"]["words"])


def test_progress_line_says_rate_and_time_left():
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(total=300, stream=stream, clock=lambda: now[0])

    now[0] = 10.0
    progress.advance(100, "stories")
    now[0] = 100.0
    progress.advance(50, "modules")
    progress.close()

    first, second = stream.getvalue().split("\r")[1:]
    assert first == "100/300 pages (33 %) · stories · 10/s · 20 s left"
    assert second == "150/300 pages (50 %) · modules · 2/s · 1 min 40 s left\n"


def test_quiet_writes_no_progress(db):
    stderr = io.StringIO()
    call_command(
        "seed_bulk", stories=1, modules=0, events=0, quiet=True, stderr=stderr, stdout=io.StringIO()
    )
    assert stderr.getvalue() == ""
