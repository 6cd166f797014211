"""An event's edit form offers the event types and territories of the event's language."""

from bs4 import BeautifulSoup
from django.urls import reverse

from events.factories import occurrence


def test_a_spanish_event_offers_spanish_types_and_territories_by_country(admin_client, make_event):
    event = make_event([occurrence(12)], event_type="Fair", territory="ES-AR")

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))

    soup = BeautifulSoup(response.content, "html.parser")
    types = [
        option.get_text(strip=True) for option in soup.select('select[name="event_type"] option')
    ]
    assert "Feria" in types and "Foire" not in types and "Fair" not in types
    assert soup.select_one('select[name="event_type"] option[selected]').get_text() == "Feria"
    groups = soup.select('select[name="territory"] optgroup')
    assert [group["label"] for group in groups] == ["España", "Francia"]
    assert soup.select_one('select[name="territory"] option[selected]').get_text() == "Aragón"
