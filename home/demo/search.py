"""Demo search pages, sector indexes, sector descriptions and search promotions."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from core.models import Sector
from home.demo.building import demo_key, section_pages, site_languages
from home.demo.content import items
from search.models import SearchPage
from sectors.models import SectorIndexPage


class SearchDemo:
    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        section_pages(self.loader, homes, SearchPage, "search-page", show_in_menus=False)
        section_pages(self.loader, homes, SectorIndexPage, "sector-index")
        self.load_promotions()
        self.describe_sectors()

    def load_promotions(self):
        """Editors' picks: who searches for a promotion's query first sees its page."""
        for _key, promotion in items("search-promotions"):
            for language in site_languages():
                if language in promotion:
                    self.promote(promotion["page"], promotion[language]["query"], language)

    def promote(self, page_name, query_string, language):
        page = Page.objects.filter(
            translation_key=demo_key(page_name), locale__language_code=language
        ).first()
        if page is None:
            return
        query = Query.get(query_string)
        if SearchPromotion.objects.filter(query=query, page=page).exists():
            return
        SearchPromotion.objects.create(query=query, page=page, description="", sort_order=0)
        self.loader.log(f"search promotion “{query_string}” ({language})")

    def describe_sectors(self):
        """Give the seeded sectors a description in each language, where they have none;
        `content/sectors/` names each sector by its English slug."""
        descriptions = dict(items("sectors"))
        english_slugs = dict(
            Sector.objects.filter(locale__language_code="en").values_list("translation_key", "slug")
        )
        for sector in Sector.objects.filter(description="").select_related("locale"):
            texts = descriptions.get(english_slugs.get(sector.translation_key), {})
            description = texts.get(sector.locale.language_code, {}).get("description")
            if description:
                sector.description = description
                sector.save(update_fields=["description"])
                self.loader.log(f"sector description “{sector.name}”")
