from django import template
from django.utils.safestring import mark_safe

from core.rich_text import cleaned_html

register = template.Library()


@register.filter
def cleaned_rich_text(html):
    """Expanded rich text with only harmless markup (see core.rich_text)."""
    return mark_safe(cleaned_html(html))
