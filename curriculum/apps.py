from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurriculumConfig(AppConfig):
    """Curriculum modules teachers download: CurriculumIndexPage, ModulePage, resources."""

    name = "curriculum"
    verbose_name = _("Curriculum modules")

    def ready(self):
        from curriculum import pack_tasks

        pack_tasks.connect()
