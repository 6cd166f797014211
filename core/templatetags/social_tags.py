from django import template
from wagtail.images.models import SourceImageIOError

from core import freshness
from core.languages import language_links, open_graph_locale
from core.models import SocialMediaSettings
from core.routing import site_for_request

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


def rendition_url(image):
    if image is None:
        return ""
    try:
        return image.get_rendition(SOCIAL_IMAGE_SPEC).url
    except SourceImageIOError:
        return ""


def site_sharing(request):
    """(twitter handle, default image's rendition URL) of the request's site, remembered."""
    site = site_for_request(request)

    def load():
        settings = SocialMediaSettings.for_site(site)
        return settings.twitter_handle, rendition_url(settings.default_social_image)

    if site is None:
        return "", ""
    return freshness.remember("sharing", site.pk, compute=load)


def sharing_image_url(request, page):
    """(image URL, alt text): the page's own image, else the site's default sharing image,
    whose description is in one language only: better none than a wrong one."""
    image = getattr(page, "social_image", None)
    if image is not None:
        alt = getattr(page, "hero_alt", "")
        return rendition_url(image), alt
    return site_sharing(request)[1], ""


@register.inclusion_tag("core/social_meta.html", takes_context=True)
def social_meta(context):
    """Canonical URL, Open Graph and Twitter card tags for the page being shown."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return {"page": None}
    image_url, image_alt = sharing_image_url(request, page)
    image_url = request.build_absolute_uri(image_url) if image_url else ""
    links = language_links(request, page)
    current = next((link for link in links if link.is_current), None)
    twitter_handle = site_sharing(request)[0]
    return {
        "page": page,
        "og_type": context.get("og_type", "website"),
        "description": getattr(page, "meta_description", ""),
        "url": canonical_url(request),
        "image_url": image_url,
        "image_alt": image_alt if image_url else "",
        "twitter_site": f"@{twitter_handle}" if twitter_handle else "",
        "locale": open_graph_locale(current.code) if current else "",
        "alternate_locales": [
            open_graph_locale(link.code)
            for link in links
            if link.has_translation and not link.is_current
        ],
    }
