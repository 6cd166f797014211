"""Demo success stories: the story index and the stories of `content/stories/`."""

import uuid

from core.models import SDG, OrganisationForm, Sector, Territory
from home.demo.building import (
    demo_key,
    locale,
    page_in_every_language,
    section_pages,
    term,
    terms,
)
from home.demo.content import items
from home.demo.images import DRAWINGS, demo_image
from stories.models import StoryIndexPage, StoryKeyFigure, StoryPage


class StoryDemo:
    """Loads the story index and stories, skipping whatever already exists."""

    def __init__(self, loader):
        self.loader = loader

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for key, story in items("stories"):
            self.load_story(key, story, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, StoryIndexPage, "story-index")

    def load_story(self, key, story, indexes):
        def with_image(page):
            page.hero_image = demo_image(
                f"Soleil demo: {story['initiative_name']}",
                story["en"]["hero_alt"],
                drawing=DRAWINGS[story["illustration"]],
            )

        page_in_every_language(
            self.loader,
            StoryPage,
            demo_key(f"story:{key}"),
            story,
            indexes,
            lambda page, language: self.fill(page, story, language),
            with_image,
            label=f"story “{story['initiative_name']}”",
        )

    def fill(self, page, story, language):
        texts = story[language]
        for name in ("title", "slug", "summary", "hero_alt", "hero_caption", "hero_credit"):
            setattr(page, name, texts[name])
        page.body = texts["body"]
        page.city = texts.get("city", "")
        page.initiative_name = story["initiative_name"]
        page.founded = story.get("founded")
        page.website = story.get("website", "")
        page.date_published = story["date_published"]
        page.organisation_form = term(OrganisationForm, story["organisation_form"], language)
        page.sectors = terms(Sector, story["sectors"], language)
        page.territory = term(Territory, story.get("territory"), language)
        page.sdgs = list(SDG.objects.filter(number__in=story["sdgs"], locale=locale(language)))
        labels = texts.get("figure_labels", [])
        page.key_figures = [
            StoryKeyFigure(
                value=value,
                label=label,
                locale=locale(language),
                translation_key=uuid.uuid5(page.translation_key, f"figure-{position}"),
                sort_order=position,
            )
            for position, (value, label) in enumerate(
                zip(story.get("figures", []), labels, strict=True)
            )
        ]
        page.tags.set(texts["tags"])
