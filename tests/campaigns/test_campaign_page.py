"""A campaign page: whether it is running, coming or over, and its sections of
stories, modules and events in the visitor's language."""

import datetime

import pytest
from bs4 import BeautifulSoup

from campaigns.factories import days_from_today
from campaigns.models import CampaignPage
from core.factories import translate_page
from events.factories import occurrence


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def section_titles(response, heading_id):
    section = soup(response).find(id=heading_id).find_parent("section")
    return [link.text for link in section.select(".card__title a")]


def state_text(response):
    return " ".join(soup(response).select_one("main .campaign-state").get_text(" ").split())


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (-3, 4, "Running until"),
        (0, 0, "Running until"),
        (5, 12, "Coming soon starts on"),
        (-20, -1, "Over ended on"),
    ],
)
def test_page_tells_from_its_dates_whether_it_is_running_coming_or_over(
    client, make_campaign, start, end, expected
):
    campaign = make_campaign(
        language="en",
        title="Ethical savings month",
        start_date=days_from_today(start),
        end_date=days_from_today(end),
    )

    response = client.get(campaign.url)

    assert response.status_code == 200
    assert state_text(response).startswith(expected)


def test_state_is_computed_on_the_day_of_the_request(make_campaign):
    campaign = make_campaign(
        start_date=datetime.date(2027, 3, 1), end_date=datetime.date(2027, 3, 7)
    )

    assert campaign.state_on(datetime.date(2027, 2, 28)) == CampaignPage.State.COMING
    assert campaign.state_on(datetime.date(2027, 3, 1)) == CampaignPage.State.RUNNING
    assert campaign.state_on(datetime.date(2027, 3, 7)) == CampaignPage.State.RUNNING
    assert campaign.state_on(datetime.date(2027, 3, 8)) == CampaignPage.State.OVER


def test_french_state_and_dates_are_written_in_french(client, make_campaign):
    spanish = make_campaign(
        start_date=datetime.date(2020, 3, 2), end_date=datetime.date(2020, 3, 9)
    )
    french = translate_page(spanish, "fr", title="Semaine solidaire", slug="semaine-solidaire")

    assert "9 mars 2020" in state_text(client.get(french.url))


def test_sections_show_the_chosen_pages_translated_into_the_visitors_language(
    client, make_campaign, make_story, make_module, make_event
):
    translated = make_story(title="Huerta compartida")
    translate_page(translated, "fr", title="Potager partagé", slug="potager-partage")
    untranslated = make_story(title="Solo en español")
    in_progress = make_story(title="Traducción en curso")
    translate_page(in_progress, "fr", publish=False, title="Brouillon", slug="brouillon")
    withdrawn = make_story(title="Retirada")
    withdrawn.unpublish()
    module = make_module(title="¿Qué es una cooperativa?")
    translate_page(module, "fr", title="Qu'est-ce qu'une coopérative ?", slug="cooperative")
    event = make_event([occurrence(10)], title="Feria de Zaragoza")
    translate_page(event, "fr", title="Foire de Saragosse", slug="foire-saragosse")
    spanish = make_campaign(
        title="Semana del consumo responsable",
        stories=[translated, untranslated, in_progress, withdrawn],
        modules=[module],
        events=[event],
    )
    french = translate_page(spanish, "fr", title="Semaine", slug="semaine")

    french_page = client.get(french.url)
    spanish_page = client.get(spanish.url)

    assert section_titles(french_page, "campaign-stories") == ["Potager partagé"]
    assert section_titles(french_page, "campaign-modules") == ["Qu'est-ce qu'une coopérative ?"]
    assert section_titles(french_page, "campaign-events") == ["Foire de Saragosse"]
    assert section_titles(spanish_page, "campaign-stories") == [
        "Huerta compartida",
        "Solo en español",
        "Traducción en curso",
    ]


def test_pages_with_the_campaign_tag_in_its_language_join_after_the_chosen_ones(
    client, make_campaign, make_story, make_module, make_event
):
    chosen = make_story(title="Elegida", tags=["otra cosa"])
    make_story(title="Mercado social", tags=["Consumo responsable"])
    make_story(title="Sin etiqueta")
    make_story(language="fr", title="Marché solidaire", tags=["consumo responsable"])
    module = make_module(title="Consumo en el aula")
    module.tags.set(["consumo responsable"])
    module.save_revision().publish()
    event = make_event([occurrence(3)], title="Mercado de diciembre")
    event.tags.set(["consumo responsable"])
    event.save_revision().publish()
    past = make_event([occurrence(-3)], title="Mercado pasado")
    past.tags.set(["consumo responsable"])
    past.save_revision().publish()
    campaign = make_campaign(stories=[chosen], tag="consumo responsable")

    response = client.get(campaign.url)

    assert section_titles(response, "campaign-stories") == ["Elegida", "Mercado social"]
    assert section_titles(response, "campaign-modules") == ["Consumo en el aula"]
    assert section_titles(response, "campaign-events") == ["Mercado de diciembre"]


def test_a_page_chosen_and_tagged_appears_once(client, make_campaign, make_story):
    story = make_story(title="Mercado social", tags=["consumo"])
    campaign = make_campaign(stories=[story], tag="consumo")

    assert section_titles(client.get(campaign.url), "campaign-stories") == ["Mercado social"]


def test_only_upcoming_events_are_shown_soonest_first_or_the_page_says_there_are_none(
    client, make_campaign, make_event
):
    later = make_event([occurrence(20)], title="Foro")
    sooner = make_event([occurrence(2)], title="Taller")
    over = make_event([occurrence(-2)], title="Mercado pasado")
    with_events = make_campaign(language="es", events=[later, over, sooner])
    without = make_campaign(language="es", events=[over])
    english = make_campaign(language="en", title="Quiet campaign")

    assert section_titles(client.get(with_events.url), "campaign-events") == ["Taller", "Foro"]
    assert section_titles(client.get(without.url), "campaign-events") == []
    english_page = soup(client.get(english.url))
    assert "No upcoming event for this campaign" in english_page.get_text()


def test_call_to_action_leads_to_the_chosen_page_in_the_visitors_language(
    client, make_campaign, story_indexes
):
    spanish = make_campaign(cta_label="Lee las historias", cta_page=story_indexes["es"])
    french = translate_page(spanish, "fr", slug="campagne", cta_label="Lire les récits")

    button = soup(client.get(french.url)).select_one(".campaign__cta")

    assert button.text == "Lire les récits"
    assert button["href"] == "/fr/recits/"


@pytest.mark.usefixtures("page_cache_off")
def test_campaign_page_query_count_does_not_grow_with_its_pages(
    client, make_campaign, make_story, make_module, make_event, image, django_assert_max_num_queries
):
    def campaign_with(count):
        stories = [make_story(hero_image=image, tags=["semana"]) for _ in range(count)]
        modules = [make_module() for _ in range(count)]
        events = [make_event([occurrence(5), occurrence(9)]) for _ in range(count)]
        return make_campaign(
            stories=stories[:2], modules=modules, events=events, tag="semana", hero_image=image
        )

    few = campaign_with(3)
    many = campaign_with(10)
    client.get(few.url)  # renditions are made on the first view
    client.get(many.url)
    with django_assert_max_num_queries(20) as at_few:
        client.get(few.url)
    with django_assert_max_num_queries(20) as at_many:
        client.get(many.url)

    assert len(at_many) == len(at_few)
