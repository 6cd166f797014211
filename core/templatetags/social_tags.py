from django import template
from wagtail.images.models import SourceImageIOError

from core.languages import OPEN_GRAPH_LOCALES, language_links

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags for the page being shown."""
    request = context["request"]
    page = context.get("page")
    image_url = ""
    image_alt = ""
    image = getattr(page, "social_image", None)
    if image is not None:
        try:
            image_url = request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_SPEC).url)
        except SourceImageIOError:
            image_url = ""
        image_alt = getattr(page, "hero_alt", "") or getattr(page, "hero_image_alt", "")
    links = language_links(request, page)
    current = next((link for link in links if link.is_current), None)
    return {
        "page": page,
        "og_type": context.get("og_type", "website"),
        "description": getattr(page, "meta_description", ""),
        "url": request.build_absolute_uri(request.path),
        "image_url": image_url,
        "image_alt": image_alt,
        "locale": OPEN_GRAPH_LOCALES.get(current.code) if current else "",
        "alternate_locales": [
            OPEN_GRAPH_LOCALES[link.code]
            for link in links
            if link.has_translation and not link.is_current and page is not None
        ],
    }
