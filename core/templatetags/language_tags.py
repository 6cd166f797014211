from django import template

from core.languages import alternate_urls, language_links

register = template.Library()


@register.inclusion_tag("core/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"languages": language_links(request, context.get("page"))}


@register.inclusion_tag("core/alternate_links.html", takes_context=True)
def alternate_links(context):
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return {"alternates": []}
    return {"alternates": alternate_urls(context["request"], page)}
