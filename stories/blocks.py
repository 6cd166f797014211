from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BaseStreamBlock


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"), max_length=20, help_text=_("The number as it should read: 1200, 35 %.")
    )
    label = blocks.CharBlock(
        label=_("What it counts"), max_length=80, help_text=_("For example: worker-members.")
    )

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "stories/blocks/key_figures_block.html"


class StoryStreamBlock(BaseStreamBlock):
    key_figures = KeyFiguresBlock()
