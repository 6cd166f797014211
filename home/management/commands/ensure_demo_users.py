from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.management.commands.ensure_admin import DEFAULT_PASSWORD
from core.roles import EDITORS, MODERATORS, TRANSLATOR_GROUPS, setup_roles

DEMO_USERS = [
    ("editor", "Elena", "Editora", EDITORS),
    ("moderator", "Mario", "Moderador", MODERATORS),
    ("translator-es", "Teresa", "Traductora", TRANSLATOR_GROUPS["es"]),
    ("translator-fr", "Thomas", "Traducteur", TRANSLATOR_GROUPS["fr"]),
    ("translator-en", "Tom", "Translator", TRANSLATOR_GROUPS["en"]),
]


class Command(BaseCommand):
    help = (
        "Create one demo account per editorial role (only with DEBUG on) and print the "
        "logins. Accounts that exist are left as they are."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stdout.write("Demo accounts are only created on a development site (DEBUG).")
            return
        setup_roles()
        User = get_user_model()
        self.stdout.write(f"Demo accounts, one per role (password “{DEFAULT_PASSWORD}”):")
        for username, first_name, last_name, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": first_name, "last_name": last_name}
            )
            if created:
                user.set_password(DEFAULT_PASSWORD)
                user.save()
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {username:<15} {group_name}")
