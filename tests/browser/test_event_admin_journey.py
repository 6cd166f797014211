"""An editor in the Spanish admin schedules an event on the nights the clocks
change: a time that does not exist is refused with the times that do, and a
time that happens twice asks which one is meant."""

import datetime
import re
import zoneinfo

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "clocks-change-twice"


def next_clock_change(zone_name, forward):
    """The next local day the clocks of `zone_name` go forward (or back)."""
    zone = zoneinfo.ZoneInfo(zone_name)
    moment = datetime.datetime.now(datetime.UTC).replace(minute=0, second=0, microsecond=0)
    offset = moment.astimezone(zone).utcoffset()
    while True:
        moment += datetime.timedelta(hours=1)
        new_offset = moment.astimezone(zone).utcoffset()
        if new_offset != offset and (new_offset > offset) == forward:
            return moment.astimezone(zone).date()
        offset = new_offset


@pytest.fixture
def event_form(page, seeded_site):
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from events.factories import EventIndexPageFactory

    home = Page.objects.get(depth=2, locale__language_code="es")
    index = EventIndexPageFactory(parent=home)
    get_user_model().objects.create_superuser("editora", "editora@example.org", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(seeded_site.url + "/admin/login/")
    page.fill("#id_username", "editora")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(f"{seeded_site.url}/admin/pages/add/events/eventpage/{index.pk}/")
    page.fill("#id_title", "Feria de la economía social")
    page.fill("#id_summary", "Una feria de iniciativas de la economía social.")
    page.fill("#id_city", "Zaragoza")
    return page


def fill_date(page, day, start, end):
    for field, value in (("start_date", day.isoformat()), ("start_time", start), ("end_time", end)):
        page.fill(f"#id_occurrences-0-{field}", value)
        close_picker(page)


def close_picker(page):
    """Wagtail's date and time pickers open on focus and can lie over the footer's
    buttons; an editor clicks elsewhere to close one before going on. The picker
    opens a moment after focus (a timer in the picker's script), so the editor
    waits to see it before clicking away, or a late one would open after the click."""
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    expect(pickers).to_have_count(1)
    page.locator("#id_title").click()
    expect(pickers).to_have_count(0)


def save_draft(page):
    page.get_by_role("button", name="Guardar borrador").click()


def test_a_time_the_clocks_skip_is_refused_with_the_times_that_exist(event_form):
    page = event_form
    fill_date(page, next_clock_change("Europe/Madrid", forward=True), "02:30", "04:00")

    save_draft(page)

    error = page.locator(".w-field__wrapper", has=page.locator("#id_occurrences-0-start_time"))
    expect(error.locator(".error-message")).to_contain_text(
        re.compile(
            r"La hora 02:30 no existe el .* en la zona horaria Europe/Madrid: los relojes "
            r"pasan de 02:00 a 03:00\. Elige una hora anterior a 02:00, o de 03:00 en adelante\."
        )
    )
    expect(page.locator("#id_occurrences-0-start_time")).to_have_value("02:30")


def test_a_repeated_time_is_asked_about_then_saved(event_form):
    page = event_form
    fill_date(page, next_clock_change("Europe/Madrid", forward=False), "02:30", "04:00")

    save_draft(page)

    expect(page.get_by_text("Hora de inicio repetida (02:30): ¿cuál de las dos?")).to_be_visible()
    choice = page.get_by_role("radio", name="02:30, la segunda vez (CET, UTC+1)")
    expect(choice).to_be_visible()
    expect(page.get_by_role("radio", name="02:30, la primera vez (CEST, UTC+2)")).to_be_visible()
    choice.check()
    save_draft(page)

    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.get_by_role("radio", name="02:30, la segunda vez (CET, UTC+1)")).to_be_checked()
