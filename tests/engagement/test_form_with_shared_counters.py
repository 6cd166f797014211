"""The form's limit counted in Redis, shared by every app server, and a form that refuses
rather than take submissions uncounted while Redis is stopped."""

from bs4 import BeautifulSoup
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.engagement.test_get_involved_form import SUBMISSIONS_AN_HOUR, post, valid_data


def test_the_limit_holds_across_app_servers(redis_site, form_page):
    for _ in range(SUBMISSIONS_AN_HOUR):
        assert post(Client(), form_page, valid_data()).status_code == 200

    # Another app server: a process of its own, the same Redis.
    assert post(Client(), form_page, valid_data()).status_code == 429
    assert redis_site.client().keys("counters:*engagement:submissions:*")
    assert FormSubmission.objects.count() == SUBMISSIONS_AN_HOUR


def test_a_submission_is_refused_while_redis_is_stopped(client, redis_site, form_page):
    data = valid_data(mensaje="Puedo ayudar los sábados.")

    with redis_site.down():
        response = post(client, form_page, data)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert FormSubmission.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    alert = soup.select_one(".form-errors[role=alert]").get_text(" ", strip=True)
    assert "no se ha podido enviar" in alert
    # What the visitor wrote is kept for their next try.
    kept = soup.select_one("textarea[name=mensaje]").get_text().strip()
    assert kept == "Puedo ayudar los sábados."
    assert post(client, form_page, data).status_code == 200
