from .footer import Footer
from .page_mixins import LocalizedTaxonomyMixin, RememberedPrivacyMixin, SocialMetaMixin
from .social import SocialMediaSettings
from .taxonomy import SDG, EducationLevel, EventType, OrganisationForm, Sector, Territory, Topic

__all__ = [
    "SDG",
    "EducationLevel",
    "EventType",
    "Footer",
    "LocalizedTaxonomyMixin",
    "OrganisationForm",
    "RememberedPrivacyMixin",
    "Sector",
    "SocialMediaSettings",
    "SocialMetaMixin",
    "Territory",
    "Topic",
]
