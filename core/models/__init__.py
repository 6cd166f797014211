from .chosen_pages import ChosenPage, chosen_page_field, chosen_pages
from .footer import Footer
from .hero_image import HeroImageMixin
from .page_mixins import LocalizedTaxonomyMixin, RememberedPrivacyMixin, SocialMetaMixin
from .social import SocialMediaSettings
from .taxonomy import SDG, EducationLevel, EventType, OrganisationForm, Sector, Territory, Topic

__all__ = [
    "SDG",
    "ChosenPage",
    "EducationLevel",
    "EventType",
    "Footer",
    "HeroImageMixin",
    "LocalizedTaxonomyMixin",
    "OrganisationForm",
    "RememberedPrivacyMixin",
    "Sector",
    "SocialMediaSettings",
    "SocialMetaMixin",
    "Territory",
    "Topic",
    "chosen_page_field",
    "chosen_pages",
]
