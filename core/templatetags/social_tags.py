from django import template
from wagtail.images.models import SourceImageIOError

from core.languages import OPEN_GRAPH_LOCALES, language_links
from core.models import SocialMediaSettings

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def canonical_url(request):
    """The page's own address, absolute, without filters or tracking parameters;
    a listing's later pages keep their page number, as each one lists other items."""
    url = request.build_absolute_uri(request.path)
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and int(page_number) > 1:
        url += f"?page={int(page_number)}"
    return url


def sharing_image(request, page):
    """(image, alt text): the page's own image, else the site's default sharing image."""
    image = getattr(page, "social_image", None)
    if image is not None:
        return image, getattr(page, "hero_alt", "") or getattr(page, "hero_image_alt", "")
    settings = SocialMediaSettings.for_request(request)
    image = settings.default_social_image
    return image, ""  # its description is in one language only; better none than a wrong one


def absolute_rendition_url(request, image):
    if image is None:
        return ""
    try:
        return request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_SPEC).url)
    except SourceImageIOError:
        return ""


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Canonical URL, Open Graph and Twitter card tags for the page being shown."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return {"page": None}
    image, image_alt = sharing_image(request, page)
    image_url = absolute_rendition_url(request, image)
    links = language_links(request, page)
    current = next((link for link in links if link.is_current), None)
    twitter_handle = SocialMediaSettings.for_request(request).twitter_handle
    return {
        "page": page,
        "og_type": context.get("og_type", "website"),
        "description": getattr(page, "meta_description", ""),
        "url": canonical_url(request),
        "image_url": image_url,
        "image_alt": image_alt if image_url else "",
        "twitter_site": f"@{twitter_handle}" if twitter_handle else "",
        "locale": OPEN_GRAPH_LOCALES.get(current.code) if current else "",
        "alternate_locales": [
            OPEN_GRAPH_LOCALES[link.code]
            for link in links
            if link.has_translation and not link.is_current
        ],
    }
