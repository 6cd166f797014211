"""Demo content can be translated with wagtail-localize: every list item of every
body carries the id its translations are keyed by."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from curriculum.models import ModulePage
from home.demo.pages import DemoLoader


@pytest.mark.django_db
def test_every_step_of_a_demo_activity_is_offered_to_translators():
    DemoLoader().load()
    module = ModulePage.objects.filter(locale__language_code="es").first()
    steps = [
        step
        for block in module.body
        if block.block_type == "activity"
        for step in block.value["steps"]
    ]

    source, _created = TranslationSource.get_or_create_from_instance(module)

    offered = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert steps and set(steps) <= offered
