from django.core.management.base import BaseCommand

from core.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or repair the editorial groups (editors, moderators, one translators' group "
        "per language) and the moderation workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        report = setup_roles()
        for group in report.groups:
            self.stdout.write(f"  group: {group.name}")
        self.stdout.write(f"  workflow: {report.workflow.name}")
        for language_code in report.homes_missing:
            self.stdout.write(
                self.style.WARNING(
                    f"  no {language_code} home page yet: run setup_roles again after "
                    "translating the home page, to give its translators their tree."
                )
            )
