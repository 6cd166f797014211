"""A campaign's pages are chosen several at a time (core.models.ChosenPage: the
campaign is `campaign`, the page chosen `page`). Every choice is kept, in drafts,
revisions and translations too (core/migrations/_stored_content.py)."""

from django.db import migrations

from core.migrations._stored_content import renaming


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0003_hero_alt'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.RenameField('campaignstory', 'page', 'campaign'),
        migrations.RenameField('campaignstory', 'story', 'page'),
        migrations.RenameField('campaignmodule', 'page', 'campaign'),
        migrations.RenameField('campaignmodule', 'module', 'page'),
        migrations.RenameField('campaignevent', 'page', 'campaign'),
        migrations.RenameField('campaignevent', 'event', 'page'),
        migrations.RunPython(
            *renaming(
                'campaigns',
                'campaignpage',
                children={
                    'story_links': {'page': 'campaign', 'story': 'page'},
                    'module_links': {'page': 'campaign', 'module': 'page'},
                    'event_links': {'page': 'campaign', 'event': 'page'},
                },
            )
        ),
    ]
