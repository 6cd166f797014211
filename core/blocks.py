"""StreamField blocks shared by every page type.

Content apps add their own blocks in their own `blocks.py` and reuse these.
Every human-readable value here is a text block, so wagtail-localize offers it
to translators; images, pages and URLs are synchronised across languages.
"""

from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.translation import localized_url

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page:
            return localized_url(page)
        return self.get("url") or ""

    @property
    def is_external(self):
        return not self.get("page") and bool(self.get("url"))


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page of the site (shown in the visitor's language) or to a URL."""

    label = blocks.CharBlock(label=_("Label"), max_length=120)
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page of this site. Visitors reach its translation in their language."),
    )
    url = blocks.URLBlock(label=_("Or web address"), required=False)

    class Meta:
        icon = "link"
        value_class = LinkValue
        label = _("Link")
        template = "core/blocks/link_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, not both.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ErrorList([ValidationError(message)]),
                    "url": ErrorList([ValidationError(message)]),
                }
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections and H3 inside a section, so screen readers can skim."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading_block.html"
        form_classname = "struct-block heading-block"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph_block.html"


class ImageFigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_(
            "What the image shows, for people who cannot see it. "
            "Leave empty only if the image is purely decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)
    credit = blocks.CharBlock(
        label=_("Credit"), max_length=120, required=False, help_text=_("Photographer or source.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/image_figure_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        max_length=160,
        required=False,
        help_text=_("Who said it, and their role: “Ana Ruiz, member of the cooperative”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "core/blocks/call_to_action_block.html"


class VideoValue(blocks.StructValue):
    @property
    def host(self):
        embed = self.get("video")
        url = getattr(embed, "url", "") if embed else ""
        return urlparse(url).netloc.removeprefix("www.")


class VideoBlock(blocks.StructBlock):
    """An embedded video or post, shown as a link so visitors load nothing from a third party
    until they choose to."""

    video = EmbedBlock(
        label=_("Address of the video"),
        help_text=_("A YouTube, Vimeo or PeerTube address."),
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=160, help_text=_("Shown as the text of the link.")
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "media"
        label = _("Video or embed")
        value_class = VideoValue
        template = "core/blocks/video_block.html"


class LinkListBlock(blocks.StructBlock):
    """ "Further reading", "Useful links": a short list of links under an optional heading."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1, max_num=12)

    class Meta:
        icon = "list-ul"
        label = _("List of links")
        template = "core/blocks/link_list_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageFigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    links = LinkListBlock()
