"""Demo content can be translated with wagtail-localize: every list item of every
body carries the id its translations are keyed by."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from curriculum.models import ModulePage
from home.demo.pages import DemoLoader


def list_items(module):
    """The steps of the module's activities and the questions of its discussions."""
    return [
        item
        for block in module.body
        if block.block_type in ("activity", "discussion")
        for item in block.value.get("steps") or block.value.get("questions")
    ]


def offered(source):
    """What translators are offered: each text, and where it sits in the page."""
    segments = StringSegment.objects.filter(source=source)
    return dict(segments.values_list("string__data", "context__path"))


@pytest.mark.django_db
def test_every_list_item_of_a_demo_module_is_offered_to_translators_and_keeps_its_place():
    DemoLoader().load()

    for module in ModulePage.objects.filter(locale__language_code="es"):
        # The page as "Translate" finds it: straight from the database.
        source, _created = TranslationSource.get_or_create_from_instance(module)
        first = offered(source)
        source.update_from_db()  # the source is read again, as a sync does

        items = list_items(ModulePage.objects.get(pk=module.pk))
        assert items and set(items) <= set(first), module.title
        assert offered(source) == first, module.title
