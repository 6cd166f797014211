from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from core.models import Footer

register = template.Library()


def locale_home(request):
    """The home page of the active language (the site root's live translation)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = locale_home(request)
    current = context.get("page")
    items = []
    if home is not None:
        items = list(Page.objects.child_of(home).live().public().in_menu().order_by("path"))
    return {
        "home": home,
        "items": items,
        "current_path": current.path if current is not None and current.pk else "",
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer in the active language, or the default language's while it is untranslated.

    In the admin's footer preview, the footer being edited is shown instead.
    """
    previewed = context.get("object")
    if isinstance(previewed, Footer):
        return {"footer": previewed, "request": context.get("request")}
    active = translation.get_language()
    footers = {
        footer.locale.language_code: footer
        for footer in Footer.objects.filter(
            locale__language_code__in={active, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    footer = footers.get(active) or footers.get(settings.LANGUAGE_CODE)
    return {"footer": footer, "request": context.get("request")}
