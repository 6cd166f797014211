"""Related stories are chosen several at a time (core.models.ChosenPage: the story
they are shown under is `story`, the story chosen `page` — the two fields swap
names). Every choice is kept, in drafts, revisions and translations too
(core/migrations/_stored_content.py)."""

from django.db import migrations

from core.migrations._stored_content import renaming


class Migration(migrations.Migration):

    dependencies = [
        ('stories', '0003_hero_alt'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.RenameField('relatedstory', 'story', 'chosen'),
        migrations.RenameField('relatedstory', 'page', 'story'),
        migrations.RenameField('relatedstory', 'chosen', 'page'),
        migrations.RunPython(
            *renaming(
                'stories',
                'storypage',
                children={'related_story_links': {'page': 'story', 'story': 'page'}},
            )
        ),
    ]
