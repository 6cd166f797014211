from django.core.management.base import BaseCommand

from core.roles import setup_roles
from home.demo.pages import DemoLoader


class Command(BaseCommand):
    help = (
        "Load Soleil's demo content in Spanish, French and English. "
        "Safe to run again: what exists is kept as it is."
    )

    def handle(self, *args, **options):
        created = DemoLoader(stdout=self.stdout).load()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items added."))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
        # The translators' groups get their language's tree once its home page exists.
        setup_roles()
