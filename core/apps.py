from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Soleil core")

    def ready(self):
        from core import frontend_purge, invalidation, role_names

        invalidation.connect()
        frontend_purge.connect()
        role_names.connect()
