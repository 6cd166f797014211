"""A module's edit form offers the levels, topics and goals of the module's language."""

from bs4 import BeautifulSoup
from django.urls import reverse


def checkbox_labels(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        box.find_parent("label").get_text(" ", strip=True)
        for box in soup.select(f'input[type="checkbox"][name="{name}"]')
    ]


def test_a_french_module_offers_french_levels_topics_and_goals(admin_client, make_module):
    module = make_module(language="fr", levels=["Secondary school"])

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))

    levels = checkbox_labels(response, "education_levels")
    assert levels == [
        "École élémentaire",
        "Collège et lycée",
        "Formation professionnelle",
        "Enseignement supérieur",
        "Formation des adultes",
    ]
    assert len(checkbox_labels(response, "topics")) == 10
    goals = checkbox_labels(response, "sdgs")
    assert len(goals) == 17 and goals[0] == "1. Pas de pauvreté"
