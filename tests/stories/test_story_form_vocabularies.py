"""A story's edit form offers the vocabulary terms of the story's language only, in the
order the public filters list them."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from core.models import Sector
from tests.home.admin_forms import edit_form_data
from tests.vocabulary import term


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def checkbox_labels(soup, name):
    return [
        box.find_parent("label").get_text(" ", strip=True)
        for box in soup.select(f'input[type="checkbox"][name="{name}"]')
    ]


def select_options(soup, name):
    return [
        option.get_text(strip=True)
        for option in soup.select(f'select[name="{name}"] option')
        if option.get("value")
    ]


def filter_labels(soup, heading):
    for facet in soup.select(".facet"):
        if facet.select_one(".facet__label").get_text(strip=True) == heading:
            return [name.get_text(strip=True) for name in facet.select(".facet__name")]
    raise AssertionError(f"no filter {heading!r}")


@pytest.fixture
def spanish_story(make_story):
    """A Spanish story in every sector and every goal, so the public filters list them all."""
    story = make_story(
        title="Sol de Barrio",
        form="Cooperative",
        territory="ES-AN",
        sdgs=range(1, 18),
    )
    story.sectors.set(Sector.objects.filter(locale__language_code="es"))
    story.save_revision().publish()
    return story


@pytest.fixture
def public_filters(client, spanish_story):
    return soup_of(client.get(spanish_story.get_parent().url))


def test_a_spanish_story_offers_the_spanish_sectors_in_the_filters_order(
    admin_client, spanish_story, public_filters
):
    form = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish_story.pk])))

    sectors = checkbox_labels(form, "sectors")

    assert len(sectors) == 14
    assert sectors == filter_labels(public_filters, "Sector")
    assert "Agroecología" in sectors
    assert "Agroécologie" not in sectors and "Agroecology" not in sectors


def test_a_spanish_story_offers_the_17_goals_in_spanish_in_the_filters_order(
    admin_client, spanish_story, public_filters
):
    form = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish_story.pk])))

    goals = checkbox_labels(form, "sdgs")

    assert goals == filter_labels(public_filters, "Objetivo de Desarrollo Sostenible")
    assert goals[0] == "1. Fin de la pobreza"
    assert len(goals) == 17
    checked = [box["value"] for box in form.select('input[name="sdgs"][checked]')]
    assert len(checked) == 17


def test_a_spanish_story_offers_one_form_and_territories_by_country_in_spanish(
    admin_client, spanish_story
):
    form = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish_story.pk])))

    forms = select_options(form, "organisation_form")
    assert forms[:2] == ["Cooperativa", "Asociación"]
    assert len(forms) == 7
    countries = [group["label"] for group in form.select('select[name="territory"] optgroup')]
    assert countries == ["España", "Francia"]
    spain = form.select('select[name="territory"] optgroup[label="España"] option')
    assert spain[0].get_text(strip=True) == "España"
    assert "Andalucía" in [option.get_text(strip=True) for option in spain]
    selected = form.select_one('select[name="territory"] option[selected]')
    assert selected.get_text(strip=True) == "Andalucía"
    assert "Andalousie" not in select_options(form, "territory")


def test_a_new_story_under_a_spanish_index_offers_spanish_terms(
    admin_client, story_indexes, spanish_story, public_filters
):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", story_indexes["es"].pk])
    form = soup_of(admin_client.get(url))

    assert checkbox_labels(form, "sectors") == filter_labels(public_filters, "Sector")
    assert len(checkbox_labels(form, "sdgs")) == 17
    assert "Coopérative" not in select_options(form, "organisation_form")


def test_a_french_story_offers_french_terms(admin_client, make_story):
    story = make_story(language="fr", title="Potager")

    form = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])))

    assert "Agroécologie" in checkbox_labels(form, "sectors")
    assert "Agroecología" not in checkbox_labels(form, "sectors")
    assert "1. Pas de pauvreté" in checkbox_labels(form, "sdgs")


def test_a_term_of_another_language_is_refused(admin_client, spanish_story):
    url = reverse("wagtailadmin_pages:edit", args=[spanish_story.pk])
    data = edit_form_data(admin_client.get(url), spanish_story)
    data.setlist("sectors", [str(term(Sector, "Agroecology", "fr").pk)])

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "sectors" in response.context["form"].errors
    assert term(Sector, "Agroecology", "fr") not in spanish_story.sectors.all()
