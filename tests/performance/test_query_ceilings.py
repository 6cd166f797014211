"""Pages cost the same number of queries with a few items or many, and stay under the
ceilings promised: 20 for listings, 15 for a story, module or event page.

Each count is of a request made after an identical one: the first request after a
change fills what is kept until the next change (the menu, the vocabularies, counts).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import occurrence
from events.models import EventParticipant

pytestmark = pytest.mark.usefixtures("page_cache_off")


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_an_event_page_costs_the_same_with_many_dates_and_participants(
    client, make_event, make_story, image
):
    event = make_event([occurrence(3)], title="Feria", hero_image=image)
    event.participants = [EventParticipant(page=make_story(hero_image=image))]
    event.save_revision().publish()
    few = queries(client, event.url)

    event.occurrences = [occurrence(day) for day in range(3, 12)]
    event.participants = [EventParticipant(page=make_story(hero_image=image)) for _ in range(8)]
    event.save_revision().publish()
    many = queries(client, event.url)

    assert many == few
    assert many <= 15


def test_the_event_archive_and_calendar_cost_the_same_with_more_events(client, make_event):
    def add(first, last):
        for number in range(first, last):
            make_event([occurrence(-30 - number), occurrence(5 + number)], title=f"Feria {number}")

    add(0, 3)
    few = [queries(client, url) for url in ("/es/eventos/archive/", "/es/eventos/calendar.ics")]
    add(3, 40)
    many = [queries(client, url) for url in ("/es/eventos/archive/", "/es/eventos/calendar.ics")]

    assert many == few
    assert many[0] <= 20


def test_the_feeds_and_the_sitemap_cost_the_same_with_more_stories(client, make_story):
    urls = ("/es/historias/rss/", "/es/historias/atom/", "/sitemap.xml", "/sitemap-pages.xml")
    for number in range(3):
        make_story(title=f"Historia {number}")
    few = [queries(client, url) for url in urls]
    for number in range(3, 40):
        make_story(title=f"Historia {number}")
    many = [queries(client, url) for url in urls]

    assert many == few
    assert max(many) <= 20


def test_the_home_page_stays_under_its_ceiling_in_every_language(client, homes):
    counts = [queries(client, f"/{language}/") for language in ("es", "fr", "en")]

    assert max(counts) <= 20
