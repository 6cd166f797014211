from django import template
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()

KB = 1024


@register.filter
def human_size(size):
    """A file size as its readers write it: "1,2 Mo" in French, "1.2 MB" in English."""
    try:
        size = int(size or 0)
    except (TypeError, ValueError):
        return ""
    if size < KB:
        return ngettext("%(size)s byte", "%(size)s bytes", size) % {"size": size}
    for unit in (_("%(size)s KB"), _("%(size)s MB"), _("%(size)s GB")):
        size /= KB
        if size < KB or unit == _("%(size)s GB"):
            return unit % {"size": formats.number_format(round(size, 1), decimal_pos=1)}
    return ""
