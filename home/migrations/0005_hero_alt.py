"""The hero image's description is called `hero_alt`, as on every other page type
(core.models.HeroImageMixin). Every description is kept — in drafts, revisions and
translations too, already translated or still to translate
(core/migrations/_stored_content.py)."""

import django.db.models.deletion
from django.db import migrations, models

from core.migrations._stored_content import renaming


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0004_alter_homepage_body_alter_standardpage_body'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.RenameField('homepage', 'hero_image_alt', 'hero_alt'),
        migrations.AlterField(
            model_name='homepage',
            name='hero_alt',
            field=models.CharField(blank=True, help_text='Describe the image for people who cannot see it; empty if decorative.', max_length=250, verbose_name='alternative text'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='hero_image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image'),
        ),
        migrations.RunPython(*renaming('home', 'homepage', fields={'hero_image_alt': 'hero_alt'})),
    ]
