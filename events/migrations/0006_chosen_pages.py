"""Participating initiatives are chosen several at a time (core.models.ChosenPage: the
event is `event`, the story chosen `page`). Every choice is kept, in drafts,
revisions and translations too (core/migrations/_stored_content.py)."""

from django.db import migrations

from core.migrations._stored_content import renaming


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0005_hero_alt'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.RenameField('eventparticipant', 'page', 'event'),
        migrations.RenameField('eventparticipant', 'story', 'page'),
        migrations.AlterModelOptions(
            name='eventparticipant',
            options={'ordering': ['sort_order'], 'verbose_name': 'participating initiative', 'verbose_name_plural': 'participating initiatives'},
        ),
        migrations.RunPython(
            *renaming(
                'events',
                'eventpage',
                children={'participants': {'page': 'event', 'story': 'page'}},
            )
        ),
    ]
