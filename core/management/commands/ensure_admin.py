import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "soleil-demo"


class Command(BaseCommand):
    help = (
        "Create a superuser if the site has none, and print how to log in. "
        "ADMIN_USERNAME and ADMIN_PASSWORD override the local defaults."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("ADMIN_PASSWORD", "")

        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(f"Admin login: user “{existing.get_username()}”")
            if existing.get_username() == DEFAULT_USERNAME and existing.check_password(
                DEFAULT_PASSWORD
            ):
                self.stdout.write(
                    f"             password “{DEFAULT_PASSWORD}” (change it in the admin)"
                )
            return

        if not password:
            if not settings.DEBUG:
                raise CommandError("Set ADMIN_PASSWORD to create the first admin outside DEBUG.")
            password = DEFAULT_PASSWORD
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(self.style.SUCCESS("Admin account created."))
        self.stdout.write(f"Admin login: user “{username}”, password “{password}”")
