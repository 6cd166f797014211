import datetime

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DownloadCount(models.Model):
    """How many times a module's resource (or its whole pack) was downloaded, per
    language and per day. Aggregate numbers only: nothing about who downloaded."""

    page = models.ForeignKey(
        "curriculum.ModulePage", on_delete=models.CASCADE, related_name="download_counts"
    )
    resource = models.ForeignKey(
        "curriculum.ModuleResource",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="download_counts",
        help_text=_("Empty for the module pack (ZIP)."),
    )
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        indexes = [models.Index(fields=["page", "resource", "language", "day"])]

    def __str__(self):
        item = self.resource_id or "pack"
        return f"{self.page_id}/{item} {self.language} {self.day}: {self.count}"

    @classmethod
    def record(cls, page, resource=None, day=None):
        """Add one download to today's count for this page, resource and language.

        Two simultaneous first downloads of the day may make two rows; every
        report sums the rows, so the totals stay right.
        """
        key = {
            "page": page,
            "resource": resource,
            "language": page.locale.language_code,
            "day": day or timezone.localdate(),
        }
        if not cls.objects.filter(**key).update(count=F("count") + 1):
            cls.objects.create(count=1, **key)

    @staticmethod
    def since(days):
        return timezone.localdate() - datetime.timedelta(days=days)
