"""Demo search pages, sector indexes and search promotions in es, fr and en."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from core.models import Sector
from home.demo.building import demo_key, section_pages
from home.demo.sector_texts import SECTOR_DESCRIPTIONS
from search.models import SearchPage
from sectors.models import SectorIndexPage

SEARCH_TEXTS = {
    "es": {
        "title": "Buscar",
        "slug": "buscar",
        "introduction": "Busca entre las historias, los módulos didácticos, los eventos y las "
        "campañas de economía social y solidaria.",
    },
    "fr": {
        "title": "Recherche",
        "slug": "recherche",
        "introduction": "Cherchez parmi les récits, les modules pédagogiques, les événements et "
        "les campagnes de l'économie sociale et solidaire.",
    },
    "en": {
        "title": "Search",
        "slug": "search",
        "introduction": "Search the stories, curriculum modules, events and campaigns of the "
        "social and solidarity economy.",
    },
}

SECTOR_TEXTS = {
    "es": {
        "title": "Sectores",
        "slug": "sectores",
        "introduction": "De las cooperativas de energía renovable a los mercados sociales: "
        "todo lo que hay en Soleil sobre cada sector de la economía social y solidaria.",
    },
    "fr": {
        "title": "Secteurs",
        "slug": "secteurs",
        "introduction": "Des coopératives d'énergie renouvelable aux marchés solidaires : "
        "tout ce que Soleil publie sur chaque secteur de l'économie sociale et solidaire.",
    },
    "en": {
        "title": "Sectors",
        "slug": "sectors",
        "introduction": "From renewable-energy cooperatives to social markets: everything "
        "Soleil publishes about each sector of the social and solidarity economy.",
    },
}

# Editors' picks: who searches for "cooperative" first sees the module on running one.
PROMOTIONS = {
    "es": ("cooperativa", "module:cooperative-management"),
    "fr": ("coopérative", "module:cooperative-management"),
    "en": ("cooperative", "module:cooperative-management"),
}


class SearchDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        section_pages(self.loader, homes, SearchPage, "search-page", SEARCH_TEXTS, False)
        section_pages(self.loader, homes, SectorIndexPage, "sector-index", SECTOR_TEXTS)
        self.load_promotions()
        self.describe_sectors()

    def load_promotions(self):
        for language, (query_string, page_name) in PROMOTIONS.items():
            page = Page.objects.filter(
                translation_key=demo_key(page_name), locale__language_code=language
            ).first()
            if page is None:
                continue
            query = Query.get(query_string)
            if SearchPromotion.objects.filter(query=query, page=page).exists():
                continue
            SearchPromotion.objects.create(query=query, page=page, description="", sort_order=0)
            self.loader.log(f"search promotion “{query_string}” ({language})")

    def describe_sectors(self):
        """Give the seeded sectors a description in each language, where they have none."""
        english_names = dict(
            Sector.objects.filter(locale__language_code="en").values_list("translation_key", "name")
        )
        for sector in Sector.objects.filter(description="").select_related("locale"):
            texts = SECTOR_DESCRIPTIONS.get(english_names.get(sector.translation_key), {})
            description = texts.get(sector.locale.language_code)
            if description:
                sector.description = description
                sector.save(update_fields=["description"])
                self.loader.log(f"sector description “{sector.name}”")
