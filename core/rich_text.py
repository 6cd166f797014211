"""Rich text shown to visitors holds only the markup its editor can write.

Wagtail's rich text editor keeps what an editor types to a few elements, but the
stored HTML is written out as it is: HTML that reached the database another way (an
import, a translation file, a script, an API client) could carry a `<script>`, an
`onclick` or a `javascript:` link to every visitor. So the expanded HTML goes through
Wagtail's own whitelister before it is shown (templates/wagtailcore/shared/richtext.html,
the template every `|richtext` and rich text block renders through): unknown elements
are unwrapped, those whose content is code are dropped with it, every attribute but a
link's address and an image's source and size is removed, and addresses with a scheme
other than http, https, ftp, mailto and tel are dropped.
"""

from wagtail.whitelist import Whitelister

# Elements whose content is code or another document, not text to keep.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "frame", "object", "embed", "template", "noscript", "svg", "math"}
)


class VisitorWhitelister(Whitelister):
    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_WITH_CONTENT:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


def cleaned_html(html):
    """`html` (rich text already expanded for the front end) with only harmless markup."""
    if not html:
        return ""
    return VisitorWhitelister().clean(str(html))
