from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """Success stories of SSE initiatives: StoryIndexPage, StoryPage, feeds."""

    name = "stories"
    verbose_name = _("Success stories")
