from .footer import Footer
from .taxonomy import SDG, EducationLevel, EventType, OrganisationForm, Sector, Territory, Topic

__all__ = [
    "SDG",
    "EducationLevel",
    "EventType",
    "Footer",
    "OrganisationForm",
    "Sector",
    "Territory",
    "Topic",
]
