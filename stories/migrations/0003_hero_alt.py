"""The hero image's description reads the same on every page type (core.models.HeroImageMixin)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('stories', '0002_alter_storypage_body'),
    ]

    operations = [
        migrations.AlterField(
            model_name='storypage',
            name='hero_alt',
            field=models.CharField(blank=True, help_text='Describe the image for people who cannot see it; empty if decorative.', max_length=250, verbose_name='alternative text'),
        ),
    ]
