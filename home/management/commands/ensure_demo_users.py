from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.management.commands.ensure_admin import DEFAULT_PASSWORD
from core.roles import EDITORS, MODERATORS, setup_roles, translator_groups

# The demo people's names; a language without one still gets its translator's account.
TRANSLATOR_NAMES = {
    "es": ("Teresa", "Traductora"),
    "fr": ("Thomas", "Traducteur"),
    "en": ("Tom", "Translator"),
}


def demo_users():
    """(username, first name, last name, group): an editor, a moderator and one
    translator per language of the settings ("translator-fr")."""
    users = [
        ("editor", "Elena", "Editora", EDITORS),
        ("moderator", "Mario", "Moderador", MODERATORS),
    ]
    for language_code, group in translator_groups().items():
        first_name, last_name = TRANSLATOR_NAMES.get(language_code, ("", ""))
        users.append((f"translator-{language_code}", first_name, last_name, group))
    return users


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
        for username, first_name, last_name, group_name in demo_users():
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": first_name, "last_name": last_name}
            )
            if created:
                user.set_password(DEFAULT_PASSWORD)
                user.save()
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {username:<15} {group_name}")
