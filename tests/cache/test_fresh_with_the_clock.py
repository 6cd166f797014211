"""Pages that change by themselves with time are never served past that moment: an
event leaves the upcoming list when it ends, a campaign runs from its first day."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from events.factories import occurrence
from tests.cache.conftest import cache_state

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def clock():
    """Set the site's clock: `clock(datetime)`; every page and the cache read it."""
    patcher = mock.patch("django.utils.timezone.now")
    now = patcher.start()

    def set_to(moment):
        now.return_value = moment

    yield set_to
    patcher.stop()


def at(day, hour, minute=0, second=0):
    return datetime.datetime(2030, 5, day, hour, minute, second, tzinfo=MADRID)


def test_an_event_leaves_the_upcoming_list_the_moment_it_ends(client, make_event, clock):
    clock(at(9, 12))
    make_event([occurrence(datetime.date(2030, 5, 10), "10:00", "14:00")], title="Feria de mayo")
    make_event([occurrence(datetime.date(2030, 6, 1))], title="Mercado de junio")

    clock(at(10, 13, 59, 59))
    client.get("/es/eventos/")
    before_the_end = client.get("/es/eventos/")
    clock(at(10, 14, 0, 1))
    after_the_end = client.get("/es/eventos/")

    assert cache_state(before_the_end) == "hit"
    assert "Feria de mayo" in before_the_end.content.decode()
    assert "Feria de mayo" not in after_the_end.content.decode()
    assert "Mercado de junio" in after_the_end.content.decode()


def test_a_calendar_drops_an_event_once_it_is_over(client, make_event, clock):
    clock(at(9, 12))
    make_event([occurrence(datetime.date(2030, 5, 10), "10:00", "14:00")], title="Feria de mayo")
    clock(at(10, 13))
    client.get("/es/eventos/calendar.ics")

    clock(at(10, 15))

    assert "Feria de mayo" not in client.get("/es/eventos/calendar.ics").content.decode()


def test_a_campaign_is_running_from_midnight_of_its_first_day(client, make_campaign, clock):
    clock(at(1, 12))
    make_campaign(
        title="Semana del consumo",
        start_date=datetime.date(2030, 5, 11),
        end_date=datetime.date(2030, 5, 17),
    )

    clock(at(10, 23, 59, 59))
    client.get("/es/campanas/")
    the_day_before = client.get("/es/campanas/")
    clock(at(11, 0, 0, 1))
    on_the_first_day = client.get("/es/campanas/")

    assert cache_state(the_day_before) == "hit"
    assert "Próximamente" in the_day_before.content.decode()
    assert "En curso" in on_the_first_day.content.decode()


def test_a_campaign_is_over_from_the_day_after_its_last(client, make_campaign, clock):
    clock(at(1, 12))
    campaign = make_campaign(
        title="Semana del consumo",
        start_date=datetime.date(2030, 5, 4),
        end_date=datetime.date(2030, 5, 10),
    )
    clock(at(10, 22))
    client.get(campaign.url)

    clock(at(11, 0, 0, 1))

    assert "Terminada" in client.get(campaign.url).content.decode()
