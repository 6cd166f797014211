"""The translators' groups take the names `core.roles.translator_group` gives every
language ("Translators · French"), keeping their members and rights.

The groups were named in their own language before; `setup_roles` would otherwise
make new, empty groups beside them.
"""

from django.db import migrations

RENAMED = {
    "Traductores · Español": "Translators · Spanish",
    "Traducteurs · Français": "Translators · French",
}


def rename(apps, old_to_new):
    Group = apps.get_model("auth", "Group")
    for old, new in old_to_new.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, RENAMED)


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("core", "0004_socialmediasettings"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
