"""What the home page puts forward: the current campaign and three stories, events
and modules — the editor's choices in the visitor's language, or the defaults."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from campaigns.factories import days_from_today
from core.factories import translate_page
from events.factories import occurrence
from home.models import HomeFeaturedEvent, HomeFeaturedModule, HomeFeaturedStory, HomePage


def section_titles(response, heading_id):
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find(id=heading_id)
    if heading is None:
        return []
    return [link.text for link in heading.find_parent("section").select(".card__title a")]


def campaign_title(response):
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.select_one("#home-campaign-heading")
    return heading.text if heading else None


def campaign(make_campaign, title, start, end, **fields):
    return make_campaign(
        title=title, start_date=days_from_today(start), end_date=days_from_today(end), **fields
    )


def test_current_campaign_is_the_running_one_ending_soonest(client, make_campaign):
    campaign(make_campaign, "Acaba tarde", -3, 30)
    campaign(make_campaign, "Acaba pronto", -1, 2)
    campaign(make_campaign, "Próxima", 1, 5)
    campaign(make_campaign, "Pasada", -9, -2)

    assert campaign_title(client.get("/es/")) == "Acaba pronto"


def test_without_a_running_campaign_the_next_one_is_shown_else_none(client, make_campaign):
    campaign(make_campaign, "Lejana", 40, 50)
    campaign(make_campaign, "Cercana", 4, 9)
    campaign(make_campaign, "Pasada", -9, -2)
    campaign(make_campaign, "Otra lengua", -1, 3, language="fr")

    assert campaign_title(client.get("/es/")) == "Cercana"
    english = client.get("/en/")
    assert campaign_title(english) is None
    assert english.status_code == 200


def test_defaults_are_the_latest_stories_next_events_and_latest_modules(
    client, make_story, make_event, make_module, campaign_indexes
):
    for day in range(1, 6):
        make_story(title=f"Historia {day}", date_published=datetime.date(2026, 5, day))
    make_story(title="Borrador", date_published=datetime.date(2026, 6, 1), live=False)
    make_event([occurrence(-2)], title="Pasado")
    for day in (9, 2, 30, 5):
        make_event([occurrence(day)], title=f"Evento en {day} días")
    for number in range(1, 5):
        make_module(title=f"Módulo {number}")

    response = client.get("/es/")

    assert section_titles(response, "home-stories") == ["Historia 5", "Historia 4", "Historia 3"]
    assert section_titles(response, "home-events") == [
        "Evento en 2 días",
        "Evento en 5 días",
        "Evento en 9 días",
    ]
    assert section_titles(response, "home-modules") == ["Módulo 4", "Módulo 3", "Módulo 2"]


def test_editor_choices_come_first_and_defaults_fill_the_rest(
    client, homes, make_story, make_event, make_module, make_campaign
):
    old = make_story(title="Antigua", date_published=datetime.date(2020, 1, 1))
    for day in range(1, 4):
        make_story(title=f"Reciente {day}", date_published=datetime.date(2026, 5, day))
    later = make_event([occurrence(50)], title="Lejano")
    past = make_event([occurrence(-3)], title="Ya pasó")
    make_event([occurrence(2)], title="Pronto")
    first = make_module(title="Primero")
    make_module(title="Último")
    featured = campaign(make_campaign, "Elegida", 10, 20)
    campaign(make_campaign, "En curso", -1, 3)
    home = homes["es"]
    home.featured_campaign = featured
    home.featured_story_links = [HomeFeaturedStory(page=old)]
    home.featured_event_links = [HomeFeaturedEvent(page=later), HomeFeaturedEvent(page=past)]
    home.featured_module_links = [HomeFeaturedModule(page=first)]
    home.save_revision().publish()

    response = client.get("/es/")

    assert campaign_title(response) == "Elegida"
    assert section_titles(response, "home-stories") == ["Antigua", "Reciente 3", "Reciente 2"]
    assert section_titles(response, "home-events") == ["Lejano", "Pronto"]
    assert section_titles(response, "home-modules") == ["Primero", "Último"]


def translate_every_segment(source, locale):
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": "FR " + segment.string.data},
        )


@pytest.fixture
def french_choices(homes, make_story, make_campaign):
    """Choices made on the Spanish home page and synchronised to the French one."""
    story = make_story(title="Huerta")
    translate_page(story, "fr", title="Potager", slug="potager")
    untranslated = make_story(title="Solo en español")
    chosen_campaign = campaign(make_campaign, "Semana", 10, 20)
    translate_page(chosen_campaign, "fr", title="Semaine", slug="semaine")
    home = HomePage.objects.get(pk=homes["es"].pk)
    home.featured_campaign = chosen_campaign
    home.featured_story_links = [
        HomeFeaturedStory(page=untranslated),
        HomeFeaturedStory(page=story),
    ]
    home.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(home)
    translation = Translation.objects.create(source=source, target_locale=french)
    translate_every_segment(source, french)
    translation.save_target(publish=True)
    return HomePage.objects.get(pk=homes["fr"].pk)


def test_choices_are_synchronised_and_shown_in_the_visitors_language(client, french_choices):
    assert [link.page.title for link in french_choices.featured_story_links.all()] == [
        "Solo en español",
        "Huerta",
    ]

    response = client.get("/fr/")

    assert campaign_title(response) == "Semaine"
    assert section_titles(response, "home-stories") == ["Potager"]
