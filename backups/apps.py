from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """`manage.py backup` and `manage.py restore`, and the fingerprint that tells whether
    two sites hold the same content (README, "Backups")."""

    name = "backups"
    verbose_name = "Backups"
