"""The licences a module can carry, with the address that states each one."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


@dataclass(frozen=True)
class LicenceInfo:
    name: str
    url: str
    is_open: bool


LICENCES = {
    Licence.CC_BY_SA: LicenceInfo(
        "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", True
    ),
    Licence.CC_BY: LicenceInfo("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", True),
    Licence.CC_BY_NC_SA: LicenceInfo(
        "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/", True
    ),
    Licence.ALL_RIGHTS_RESERVED: LicenceInfo(_("All rights reserved"), "", False),
}
