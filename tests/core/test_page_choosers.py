"""Editors choose the pages shown on another page — featured on the home page, gathered
by a campaign, related to a story, taking part in an event — several at a time: each
list opens Wagtail's page chooser in its multiple mode, for its own page type, and the
pages picked are saved in the order picked."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from events.factories import occurrence
from home.models import HomePage
from tests.home.admin_forms import edit_form_data

# relation: (the page it belongs to, the kind of page chosen, that kind's model)
CHOICES = {
    "featured_story_links": ("home", "story", "stories.storypage"),
    "featured_event_links": ("home", "event", "events.eventpage"),
    "featured_module_links": ("home", "module", "curriculum.modulepage"),
    "story_links": ("campaign", "story", "stories.storypage"),
    "module_links": ("campaign", "module", "curriculum.modulepage"),
    "event_links": ("campaign", "event", "events.eventpage"),
    "related_story_links": ("story", "story", "stories.storypage"),
    "participants": ("event", "story", "stories.storypage"),
}


@pytest.fixture
def make(home_es, make_story, make_event, make_module, make_campaign):
    """`make("story", "Huerta")`: a live Spanish page of that kind."""
    makers = {
        "home": lambda title: HomePage.objects.get(pk=home_es.pk),
        "campaign": lambda title: make_campaign(title=title),
        "story": lambda title: make_story(title=title),
        "event": lambda title: make_event([occurrence(10)], title=title),
        "module": lambda title: make_module(title=title),
    }
    return lambda kind, title: makers[kind](title)


def chooser_definition(html, relation):
    """What the list's "Add" button opens: the chooser widget's settings, or None."""
    script = BeautifulSoup(html, "html.parser").find(id=f"id_{relation}-CHOOSER_WIDGET")
    return json.loads(script.string) if script else None


def model_names(definition):
    if isinstance(definition, dict):
        if "modelNames" in definition:
            return definition["modelNames"]
        definition = list(definition.values())
    if isinstance(definition, list):
        for item in definition:
            found = model_names(item)
            if found:
                return found
    return None


def choose(data, relation, pages):
    """The inline forms the chooser adds, one per page picked, in order."""
    data[f"{relation}-TOTAL_FORMS"] = str(len(pages))
    for position, page in enumerate(pages):
        data[f"{relation}-{position}-id"] = ""
        data[f"{relation}-{position}-page"] = str(page.pk)
        data[f"{relation}-{position}-ORDER"] = str(position + 1)
        data[f"{relation}-{position}-DELETE"] = ""
    return data


@pytest.mark.parametrize("relation", list(CHOICES))
def test_each_list_of_choices_opens_a_chooser_of_several_pages_of_its_type(
    admin_client, make, relation
):
    owner_kind, _chosen_kind, model_name = CHOICES[relation]
    owner = make(owner_kind, "Con elecciones")

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[owner.pk])).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id=f"id_{relation}-OPEN_MODAL") is not None
    assert model_names(chooser_definition(html, relation)) == [model_name]


@pytest.mark.parametrize("relation", list(CHOICES))
def test_pages_picked_together_are_saved_in_the_order_picked(admin_client, make, relation):
    owner_kind, chosen_kind, _model_name = CHOICES[relation]
    owner = make(owner_kind, "Con elecciones")
    first, second = make(chosen_kind, "Primera"), make(chosen_kind, "Segunda")
    url = reverse("wagtailadmin_pages:edit", args=[owner.pk])
    data = choose(edit_form_data(admin_client.get(url), owner), relation, [second, first])

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    saved = type(owner).objects.get(pk=owner.pk)
    assert [link.page.title for link in getattr(saved, relation).all()] == [
        "Segunda",
        "Primera",
    ]


def test_the_chooser_in_multiple_mode_offers_a_checkbox_for_each_story(admin_client, make):
    stories = [make("story", "Huerta"), make("story", "Panadería")]

    response = admin_client.get(
        reverse("wagtailadmin_choose_page"), {"multiple": "1", "page_type": "stories.storypage"}
    )

    html = BeautifulSoup(response.json()["html"], "html.parser")
    boxes = html.select("input[type=checkbox][name=id]:not([disabled])")
    assert sorted(int(box["value"]) for box in boxes) == sorted(story.pk for story in stories)
