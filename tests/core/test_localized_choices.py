"""An editor's choices shown in the visitor's language (`core.translation.localized_choices`):
the home page's featured pages, a campaign's sections, related stories, participating
initiatives and promoted search results all go through it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import locale, translate_page
from core.translation import localized_choices
from stories.models import StoryPage


@pytest.fixture
def french_stories():
    return StoryPage.objects.live().filter(locale=locale("fr")).order_by("title")


def titles(pages):
    return [page.title for page in pages]


def test_a_chosen_page_with_a_translation_shows_the_translation(make_story):
    spanish = make_story(title="Huerta comunitaria")
    translate_page(spanish, "fr", title="Potager partagé", slug="potager-partage")

    assert titles(localized_choices([spanish], locale("fr"))) == ["Potager partagé"]
    assert titles(localized_choices([spanish], locale("es"))) == ["Huerta comunitaria"]


def test_a_chosen_page_without_a_translation_gives_its_place_to_a_default(
    make_story, french_stories
):
    untranslated = make_story(title="Solo en español")
    translated = make_story(title="Huerta")
    translate_page(translated, "fr", title="Potager", slug="potager")
    make_story(language="fr", title="Atelier vélo")
    make_story(language="fr", title="Boulangerie coopérative")

    shown = localized_choices(
        [untranslated, translated], locale("fr"), defaults=french_stories, limit=2
    )

    assert titles(shown) == ["Potager", "Atelier vélo"]


def test_without_defaults_an_untranslated_choice_is_simply_left_out(make_story):
    untranslated = make_story(title="Solo en español")
    unpublished = make_story(title="Borrador")
    translate_page(unpublished, "fr", publish=False, title="Brouillon", slug="brouillon")

    assert localized_choices([untranslated, unpublished], locale("fr")) == []


def test_the_editors_order_comes_first_and_each_page_appears_once(make_story, french_stories):
    first, second = make_story(title="Primera"), make_story(title="Segunda")
    translate_page(first, "fr", title="Zèbre", slug="zebre")
    translate_page(second, "fr", title="Abeille", slug="abeille")
    make_story(language="fr", title="Castor")

    shown = localized_choices(
        [first, second, first], locale("fr"), defaults=french_stories, limit=12
    )

    assert titles(shown) == ["Zèbre", "Abeille", "Castor"]


def test_the_number_of_queries_does_not_grow_with_the_choices(make_story, french_stories):
    chosen = []
    for number in range(6):
        story = make_story(title=f"Historia {number}")
        translate_page(story, "fr", title=f"Récit {number}", slug=f"recit-{number}")
        chosen.append(story)
    french = locale("fr")

    def queries(count):
        with CaptureQueriesContext(connection) as context:
            shown = localized_choices(chosen[:count], french, defaults=french_stories, limit=8)
        assert len(shown) == 6
        return len(context.captured_queries)

    queries(1)  # the first use remembers which sections of the site are private
    assert queries(1) == queries(6)


def test_defaults_without_a_limit_are_a_mistake(make_story, french_stories):
    with pytest.raises(ValueError):
        localized_choices([], locale("fr"), defaults=french_stories)
