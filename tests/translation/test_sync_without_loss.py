"""A French translation survives changes to its Spanish source, on stories, modules
and events: what was translated stays translated, only what changed waits."""

import pytest
from django.utils.translation import override
from wagtail.models import Locale

from tests.translation.conftest import PARAGRAPHS
from tests.translation.localize import (
    save_target,
    start_translation,
    sync,
    translate_strings,
    untranslated_strings,
)

# The block with empty optional fields in each body: its required text, then the empty ones.
OPTIONALS = {
    "quote": ("quote", "attribution"),
    "activity": ("title", "group_size", "materials", "teacher_tip"),
}


def block_types(page):
    return [block.block_type for block in page.body]


def texts(page, block_type):
    return [str(block.value) for block in page.body if block.block_type == block_type]


@pytest.fixture
def translated(kind):
    """A live Spanish page of the kind and its live French translation, fully translated."""
    spanish = kind.build(PARAGRAPHS)
    translation = start_translation(spanish, "fr")
    translate_strings(translation)
    save_target(translation, publish=True)
    return type(spanish).objects.get(pk=spanish.pk), translation


def test_a_changed_paragraph_is_the_only_segment_awaiting_translation(kind, translated):
    spanish, translation = translated
    spanish.body[1].value = spanish.body[1].block.to_python(
        "<p>Las personas socias deciden juntas, una persona, un voto.</p>"
    )
    spanish.save_revision().publish()

    french = sync(spanish, translation)

    assert (
        texts(french, kind.paragraph_block)[0]
        == "<p>FR La cooperativa nació en un barrio obrero.</p>"
    )
    assert texts(french, kind.paragraph_block)[2] == "<p>FR Hoy da trabajo a veinte personas.</p>"
    assert untranslated_strings(translation) == [
        "Las personas socias deciden juntas, una persona, un voto."
    ]
    assert block_types(french) == block_types(spanish)
    assert french.title.startswith("FR ")


def test_blocks_added_and_removed_in_the_source_follow_in_the_translation(kind, translated):
    spanish, translation = translated
    body = list(spanish.body.raw_data)
    del body[0]
    body.insert(1, {"type": kind.paragraph_block, "value": "<p>Un párrafo nuevo.</p>"})
    spanish.body = body
    spanish.save_revision().publish()

    french = sync(spanish, translation)

    assert block_types(french) == block_types(spanish)
    assert texts(french, kind.paragraph_block) == [
        "<p>FR Las personas socias deciden juntas.</p>",
        "<p>Un párrafo nuevo.</p>",
        "<p>FR Hoy da trabajo a veinte personas.</p>",
    ]
    assert untranslated_strings(translation) == ["Un párrafo nuevo."]


def test_a_synchronised_field_reaches_the_translation(kind, translated, other_image):
    spanish, translation = translated
    kind.change_synchronised_field(spanish, other_image)
    spanish.save_revision().publish()
    spanish = type(spanish).objects.get(pk=spanish.pk)

    french = sync(spanish, translation)

    expected = kind.synchronised_value(spanish)
    if kind.name == "module":
        expected = ["Consommation responsable"]
    assert kind.synchronised_value(french) == expected
    assert texts(french, kind.paragraph_block)[0].startswith("<p>FR ")


def test_empty_optional_fields_and_a_chooser_in_a_list_translate_cleanly(kind, translated):
    spanish, translation = translated
    french = spanish.get_translation(Locale.objects.get(language_code="fr")).specific

    optional = next(block.value for block in french.body if block.block_type in OPTIONALS)
    links = next(block.value for block in french.body if block.block_type == "links")
    required, *empty = OPTIONALS[french.body[3].block_type]
    assert optional[required] == "FR Juntas llegamos más lejos."
    assert all(optional[name] == "" for name in empty)
    assert [link["label"] for link in links["links"]] == ["FR Nuestra portada", "FR REAS"]
    assert links["links"][0]["page"].pk == spanish.get_site().root_page.pk
    with override("fr"):
        assert links["links"][0].href == "/fr/"
    assert french.live


def test_translating_a_live_page_creates_a_draft_until_it_is_published(kind):
    spanish = kind.build(PARAGRAPHS)
    translation = start_translation(spanish, "fr")

    save_target(translation, publish=False)

    french = spanish.get_translation(Locale.objects.get(language_code="fr"))
    assert spanish.live and not french.live
    assert french.has_unpublished_changes
