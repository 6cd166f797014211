"""Demo success stories: a story index and the stories of `story_texts_*` in es, fr and en."""

import datetime
import uuid

from wagtail.models import Locale

from core.models import SDG, OrganisationForm, Sector, Territory
from home.demo import story_texts_france, story_texts_spain
from home.demo.building import (
    LANGUAGES,
    demo_key,
    page_in_every_language,
    section_pages,
)
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryIndexPage, StoryKeyFigure, StoryPage

STORIES = story_texts_spain.STORIES + story_texts_france.STORIES
INDEX_TEXTS = {
    "es": {
        "title": "Historias",
        "slug": "historias",
        "introduction": (
            "Cooperativas, mercados sociales, banca ética, energía ciudadana: iniciativas que "
            "demuestran que otra economía funciona. Filtra por sector, territorio u ODS."
        ),
    },
    "fr": {
        "title": "Récits",
        "slug": "recits",
        "introduction": (
            "Coopératives, marchés solidaires, finance éthique, énergie citoyenne : des "
            "initiatives qui prouvent qu'une autre économie fonctionne. Filtrez par secteur, "
            "territoire ou ODD."
        ),
    },
    "en": {
        "title": "Stories",
        "slug": "stories",
        "introduction": (
            "Cooperatives, social markets, ethical banks and community energy: initiatives "
            "showing that another economy works. Filter by sector, territory or SDG."
        ),
    },
}

# Invented initiatives carry this tag, so editors and readers can tell them apart.
EXAMPLE_TAG = {"es": "ejemplo", "fr": "exemple", "en": "example"}

# Which illustration suits a story, by its first sector.
MOTIF_BY_SECTOR = {
    "Agroecology": "crops",
    "Renewable energy": "solar",
    "Cooperative housing and co-housing": "houses",
    "Social markets": "market",
    "Platform cooperativism": "wheels",
    "Ethical finance": "coins",
    "Social currencies": "coins",
    "Care": "care",
    "Circular economy": "recycling",
    "Sustainable tourism": "journey",
}


def english_term(model, name, locale):
    return model.objects.get(locale__language_code="en", name=name).get_translation(locale)


class StoryDemo:
    """Loads the story index and stories, skipping whatever already exists."""

    def __init__(self, loader):
        self.loader = loader
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for story in STORIES:
            self.load_story(story, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, StoryIndexPage, "story-index", INDEX_TEXTS)

    def load_story(self, story, indexes):
        def with_image(page):
            page.hero_image = self.image(story)

        page_in_every_language(
            self.loader,
            StoryPage,
            demo_key(f"story:{story['key']}"),
            indexes["es"],
            lambda page, language: self.fill(page, story, language),
            with_image,
            label=f"story “{story['initiative_name']}”",
        )

    def fill(self, page, story, language):
        locale = self.locales[language]
        texts = story["texts"][language]
        page.title = texts["title"]
        page.slug = texts["slug"]
        page.summary = texts["summary"]
        page.hero_alt = texts["hero_alt"]
        page.hero_caption = texts["hero_caption"]
        page.hero_credit = texts["hero_credit"]
        page.body = [{"type": kind, "value": value} for kind, value in texts["body"]]
        page.initiative_name = story["initiative_name"]
        page.city = (story["city"] or {}).get(language, "")
        page.founded = story["founded"]
        page.website = story["website"]
        page.date_published = datetime.date.fromisoformat(story["published"])
        page.organisation_form = english_term(OrganisationForm, story["organisation_form"], locale)
        page.sectors = [english_term(Sector, name, locale) for name in story["sectors"]]
        page.territory = (
            Territory.objects.get(code=story["territory"], locale=locale)
            if story["territory"]
            else None
        )
        page.sdgs = list(SDG.objects.filter(number__in=story["sdgs"], locale=locale))
        page.key_figures = [
            StoryKeyFigure(
                value=value,
                label=labels[language],
                locale=locale,
                translation_key=uuid.uuid5(page.translation_key, f"figure-{position}"),
                sort_order=position,
            )
            for position, (value, labels) in enumerate(story["figures"])
        ]
        tags = list(story["tags"][language])
        if story["example"]:
            tags.append(EXAMPLE_TAG[language])
        page.tags.set(tags)

    def image(self, story):
        motif = MOTIF_BY_SECTOR.get(story["sectors"][0], "market")
        return demo_image(
            f"Soleil demo: {story['initiative_name']}",
            story["texts"]["en"]["hero_alt"],
            drawing=DRAWINGS[motif],
        )
