"""The menu, the search box and the footer every page shows, remembered per language until
the content changes."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from core import freshness, site_search
from core.models import Footer
from core.querysets import pages
from core.routing import home_for, site_for_request

register = template.Library()


def menu(request, language):
    """(home, [its children shown in menus]) of the request's site in `language`."""
    site = site_for_request(request)
    if site is None:
        return None, []

    def load():
        home = home_for(site, language)
        items = pages().child_of(home).live().public().in_menu().order_by("path")
        return home, list(items)

    return freshness.remember("menu", site.pk, language, compute=load)


@register.inclusion_tag("core/main_menu.html", takes_context=True)
def main_menu(context):
    home, items = menu(context["request"], translation.get_language())
    current = context.get("page")
    return {
        "home": home,
        "items": items,
        "current_path": current.path if current is not None and current.pk else "",
    }


@register.inclusion_tag("core/search_box.html", takes_context=True)
def search_box(context):
    """The header's search form, when the active language has a site search
    (`core.site_search`); the search page fills it with what was typed (`search_box_text`)."""
    return {
        "search_url": site_search.search_url(context.get("request"), translation.get_language()),
        "query_text": context.get("search_box_text", ""),
    }


def footer_in(language):
    """The published footer in `language`, or the default language's while that
    language has none published."""
    footers = {
        footer.locale.language_code: footer
        for footer in Footer.objects.filter(
            live=True, locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    return footers.get(language) or footers.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the active language, rendered once per language until the content
    changes. In the admin's footer preview, the footer being edited is shown instead."""
    request = context.get("request")
    previewed = context.get("object")
    if isinstance(previewed, Footer):
        return render_to_string("core/footer.html", {"footer": previewed}, request=request)
    language = translation.get_language()
    return freshness.remember(
        "footer",
        language,
        compute=lambda: render_to_string(
            "core/footer.html", {"footer": footer_in(language)}, request=request
        ),
    )
