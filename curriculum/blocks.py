from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import HeadingBlock, ImageFigureBlock, LinkListBlock, ParagraphBlock


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    duration = blocks.IntegerBlock(
        label=_("Duration (minutes)"), min_value=1, max_value=600, help_text=_("In minutes.")
    )
    group_size = blocks.CharBlock(
        label=_("Group size"),
        max_length=80,
        required=False,
        help_text=_("For example: groups of 4."),
    )
    materials = blocks.CharBlock(label=_("Materials"), max_length=255, required=False)
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=500), label=_("Steps"), min_num=1
    )
    teacher_tip = blocks.TextBlock(label=_("Teacher tip"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Activity")
        template = "curriculum/blocks/activity_block.html"


class DiscussionBlock(blocks.StructBlock):
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300), label=_("Questions"), min_num=1
    )

    class Meta:
        icon = "help"
        label = _("Discussion questions")
        template = "curriculum/blocks/discussion_block.html"


class CaseStudyBlock(blocks.StructBlock):
    """A success story used as a case study, shown as a card in the visitor's language."""

    story = blocks.PageChooserBlock(label=_("Story"), page_type="stories.StoryPage")
    intro = blocks.TextBlock(
        label=_("Why this story"), required=False, help_text=_("One or two sentences for pupils.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Case study")
        template = "curriculum/blocks/case_study_block.html"


class ModuleStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = ParagraphBlock()
    image = ImageFigureBlock()
    activity = ActivityBlock()
    discussion = DiscussionBlock()
    case_study = CaseStudyBlock()
    links = LinkListBlock()
