"""The hero image's description reads the same on every page type (core.models.HeroImageMixin)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0002_alter_campaignpage_body'),
    ]

    operations = [
        migrations.AlterField(
            model_name='campaignpage',
            name='hero_alt',
            field=models.CharField(blank=True, help_text='Describe the image for people who cannot see it; empty if decorative.', max_length=250, verbose_name='alternative text'),
        ),
    ]
