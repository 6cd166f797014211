"""The campaign index: running campaigns first, then coming, then past; one language;
pages of twelve; a query count that does not grow with the campaigns."""

import pytest
from bs4 import BeautifulSoup

from campaigns.factories import days_from_today
from core.factories import translate_page


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.text for link in soup.select(".card__title a")]


def test_running_then_coming_then_past_campaigns_of_the_visitors_language(client, make_campaign):
    def campaign(title, start, end, **fields):
        return make_campaign(
            title=title,
            start_date=days_from_today(start),
            end_date=days_from_today(end),
            **fields,
        )

    campaign("Pasada hace tiempo", -60, -40)
    campaign("Próxima lejana", 30, 40)
    campaign("En curso, acaba pronto", -5, 2)
    campaign("Pasada reciente", -10, -2)
    campaign("Próxima cercana", 3, 9)
    campaign("En curso, acaba tarde", -1, 20)
    campaign("Sin publicar", -1, 5, live=False)
    campaign_fr = campaign("Campaña traducida", -2, 3)
    translate_page(campaign_fr, "fr", title="Campagne traduite", slug="campagne-traduite")

    spanish = client.get("/es/campanas/")
    french = client.get("/fr/campagnes/")

    assert spanish.status_code == 200
    assert titles(spanish) == [
        "En curso, acaba pronto",
        "Campaña traducida",
        "En curso, acaba tarde",
        "Próxima cercana",
        "Próxima lejana",
        "Pasada reciente",
        "Pasada hace tiempo",
    ]
    assert titles(french) == ["Campagne traduite"]


def test_cards_show_state_theme_and_image(client, make_campaign, image):
    make_campaign(
        language="en", title="Ethical savings", theme="Where our money goes.", hero_image=image
    )

    soup = BeautifulSoup(client.get("/en/campaigns/").content, "html.parser")

    card = soup.select_one(".card--campaign")
    assert card.select_one(".card__summary").text == "Where our money goes."
    assert card.select_one(".campaign-state__badge").text == "Running"
    assert card.select_one("img.card__image")["alt"] == ""


def test_campaigns_come_twelve_a_page_and_bad_page_numbers_give_a_page(client, make_campaign):
    for number in range(14):
        make_campaign(title=f"Campaña {number:02}")

    assert len(titles(client.get("/es/campanas/"))) == 12
    assert len(titles(client.get("/es/campanas/?page=2"))) == 2
    assert client.get("/es/campanas/?page=abc").status_code == 200
    assert len(titles(client.get("/es/campanas/?page=999"))) == 2


def test_empty_index_says_so(client, campaign_indexes):
    response = client.get("/en/campaigns/")

    assert response.status_code == 200
    assert "There are no campaigns here yet." in response.text


@pytest.mark.usefixtures("page_cache_off")
def test_index_query_count_does_not_grow_with_campaigns(
    client, make_campaign, image, django_assert_max_num_queries
):
    for _ in range(3):
        make_campaign(hero_image=image)
    client.get("/es/campanas/")  # renditions are made on the first view
    with django_assert_max_num_queries(20) as at_3:
        client.get("/es/campanas/")

    for _ in range(27):
        make_campaign(hero_image=image)
    client.get("/es/campanas/")
    with django_assert_max_num_queries(20) as at_30:
        client.get("/es/campanas/")

    assert len(at_30) == len(at_3)
