"""A story translated with wagtail-localize: texts translated, the rest synchronised,
vocabulary links in the translation's own language."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from stories.models import StoryKeyFigure, StoryPage


def translate_every_segment(source, locale, prefix="FR "):
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


@pytest.fixture
def spanish_story(make_story, image, story_indexes):
    story = make_story(
        title="Energía del barrio",
        slug="energia-del-barrio",
        initiative_name="Sol de Barrio",
        sectors=["Renewable energy"],
        form="Cooperative",
        territory="ES-AR",
        sdgs=[7],
        summary="Una cooperativa solar.",
        hero_image=image,
        body=[{"type": "paragraph", "value": "<p>Vecinos que comparten el sol.</p>"}],
    )
    story.key_figures = [StoryKeyFigure(value="120", label="hogares", locale=story.locale)]
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def test_wagtail_localize_translation_links_french_terms_and_keeps_synchronised_fields(
    spanish_story, story_indexes
):
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(spanish_story)
    translation = Translation.objects.create(source=source, target_locale=french)
    translate_every_segment(source, french)

    translation.save_target(publish=True)

    story = StoryPage.objects.get(translation_key=spanish_story.translation_key, locale=french)
    assert story.title == "FR Energía del barrio"
    assert story.summary == "FR Una cooperativa solar."
    assert "FR Vecinos que comparten el sol." in str(story.body)
    assert story.hero_image_id == spanish_story.hero_image_id
    figure = story.key_figures.get()
    assert (figure.value, figure.label, figure.locale_id) == ("120", "FR hogares", french.pk)
    assert [sector.name for sector in story.sectors.all()] == ["Énergies renouvelables"]
    assert [goal.locale_id for goal in story.sdgs.all()] == [french.pk]
    assert story.territory.name == "Aragon" and story.territory.locale_id == french.pk
    assert story.organisation_form.name == "Coopérative"
    assert story.get_parent().specific == story_indexes["fr"]


def test_a_synchronised_change_reaches_the_translation_on_sync(spanish_story, image):
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(spanish_story)
    translation = Translation.objects.create(source=source, target_locale=french)
    translate_every_segment(source, french)
    translation.save_target(publish=True)

    spanish_story.founded = 2019
    spanish_story.save_revision().publish()
    source.update_from_db()
    translation.save_target(publish=True)

    story = StoryPage.objects.get(translation_key=spanish_story.translation_key, locale=french)
    assert story.founded == 2019
    assert story.title == "FR Energía del barrio"
