"""Featured pages are chosen several at a time (core.models.ChosenPage: the home page
is `home`, the page chosen `page`). Every choice is kept, in drafts, revisions and
translations too (core/migrations/_stored_content.py)."""

from django.db import migrations

from core.migrations._stored_content import renaming


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0005_hero_alt'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.RenameField('homefeaturedstory', 'page', 'home'),
        migrations.RenameField('homefeaturedstory', 'story', 'page'),
        migrations.RenameField('homefeaturedevent', 'page', 'home'),
        migrations.RenameField('homefeaturedevent', 'event', 'page'),
        migrations.RenameField('homefeaturedmodule', 'page', 'home'),
        migrations.RenameField('homefeaturedmodule', 'module', 'page'),
        migrations.RunPython(
            *renaming(
                'home',
                'homepage',
                children={
                    'featured_story_links': {'page': 'home', 'story': 'page'},
                    'featured_event_links': {'page': 'home', 'event': 'page'},
                    'featured_module_links': {'page': 'home', 'module': 'page'},
                },
            )
        ),
    ]
