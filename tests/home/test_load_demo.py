import io

from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import Footer, Sector
from home.models import HomePage, StandardPage
from stories.models import StoryPage


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def content_counts():
    return {
        "pages": Page.objects.count(),
        "home pages": HomePage.objects.count(),
        "standard pages": StandardPage.objects.count(),
        "stories": StoryPage.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": Footer.objects.count(),
        "sectors": Sector.objects.count(),
    }


def test_a_second_run_adds_nothing_and_keeps_an_editors_changes(db):
    load_demo()
    first = content_counts()
    home = HomePage.objects.get(locale__language_code="fr")
    home.introduction = "Texte revu par l'équipe."
    home.save_revision().publish()

    load_demo()

    assert content_counts() == first
    assert first["home pages"] == 3
    assert first["standard pages"] == 6  # About, and the page waiting for translation
    assert first["footers"] == 3
    home.refresh_from_db()
    assert home.introduction == "Texte revu par l'équipe."


def test_demo_reads_in_three_languages_with_stories_across_sectors_and_countries(client, db):
    load_demo()

    assert "Otra economía ya está en marcha" in client.get("/es/").text
    assert "Une autre économie est déjà à l" in client.get("/fr/").text
    assert "Another economy is already at work" in client.get("/en/").text
    about = client.get("/fr/a-propos/")
    assert "Pourquoi ce site" in about.text
    assert 'href="/es/sobre-soleil/"' in about.text

    for language, observatory in [
        ("es", "/es/observatorio/"),
        ("fr", "/fr/observatoire/"),
        ("en", "/en/observatory/"),
    ]:
        page = BeautifulSoup(client.get(observatory).content, "html.parser")
        assert page.select_one("#chart-sectors svg[role=img]") is not None, observatory
        assert page.select_one(".lead").get_text().strip(), observatory
        home = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
        menu = home.select_one("nav.main-menu")
        assert menu.select_one(f'a[href="{observatory}"]') is not None, observatory

    for language, index in [
        ("es", "/es/historias/"),
        ("fr", "/fr/recits/"),
        ("en", "/en/stories/"),
    ]:
        assert client.get(index).status_code == 200
        stories = StoryPage.objects.live().filter(locale__language_code=language)
        assert stories.count() >= 9
        sectors = {sector.translation_key for story in stories for sector in story.sectors.all()}
        assert len(sectors) >= 7
        countries = {
            (story.territory.parent or story.territory).code for story in stories if story.territory
        }
        assert countries == {"ES", "FR"}
        for story in stories:
            words = BeautifulSoup(str(story.body), "html.parser").get_text(" ").split()
            assert len(words) >= 250, story.title
            assert story.hero_image is not None
            assert {term.locale.language_code for term in story.sectors.all()} == {language}

    for address in ("/es/datos-abiertos/", "/fr/donnees-ouvertes/", "/en/open-data/"):
        assert f'href="{address}"' in client.get(address[:4]).text  # the footer's link
        assert client.get(address).status_code == 200
        exported = client.get(f"{address}stories.csv").text.splitlines()
        assert (
            len(exported) - 1
            == StoryPage.objects.live().filter(locale__language_code=address[1:3]).count()
        )

    coopcycle = StoryPage.objects.get(initiative_name="CoopCycle", locale__language_code="fr")
    assert not coopcycle.key_figures.exists()
    assert coopcycle.founded is None and coopcycle.website == ""
    examples = StoryPage.objects.filter(locale__language_code="es", tags__name="ejemplo")
    assert examples.count() == StoryPage.objects.filter(locale__language_code="es").count() - 2


def test_demo_modules_come_in_three_languages_with_their_own_worksheets(client, db):
    from curriculum.models import ModulePage

    load_demo()

    for language in ["es", "fr", "en"]:
        modules = ModulePage.objects.live().filter(locale__language_code=language)
        assert modules.count() >= 6
        levels = {level.translation_key for m in modules for level in m.education_levels.all()}
        assert len(levels) == 5
        for module in modules:
            kinds = [block.block_type for block in module.body]
            assert kinds.count("activity") >= 2 and "case_study" in kinds
            assert module.learning_objectives
            resources = module.downloadable_resources()
            assert resources
            assert all(r.document.file.name.endswith(".pdf") for r in resources)
    spanish = ModulePage.objects.filter(locale__language_code="es").first()
    french = ModulePage.objects.get(
        translation_key=spanish.translation_key, locale__language_code="fr"
    )
    spanish_file = spanish.downloadable_resources()[0].document
    french_file = french.downloadable_resources()[0].document
    assert spanish_file != french_file
    assert client.get(french.url).status_code == 200


def test_demo_events_are_mostly_upcoming_in_spain_and_france_in_three_languages(client, db):
    from events.models import EventPage

    load_demo()

    for language, index in [
        ("es", "/es/eventos/"),
        ("fr", "/fr/evenements/"),
        ("en", "/en/events/"),
    ]:
        events = EventPage.objects.live().filter(locale__language_code=language)
        assert events.count() >= 10
        assert events.upcoming().count() > events.past().count() >= 1
        assert events.filter(status="cancelled").exists()
        assert events.filter(attendance_mode="online").exists()
        countries = {event.country for event in events if event.country}
        assert countries == {"ES", "FR"}
        assert client.get(index).status_code == 200
    market = EventPage.objects.get(
        locale__language_code="fr", event_type__name="Marché solidaire", territory__code="ES-AN"
    )
    assert market.occurrences.count() == 3
