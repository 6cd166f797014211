"""Bulk success stories: an initiative somewhere in Spain or France, its sectors,
organisation form, SDGs, tags, key figures and sometimes related stories."""

import datetime
import uuid

from django.utils.text import slugify

from core.models import SDG, OrganisationForm, Sector, Territory
from home.bulk.pages import PageBuilder, fill, moment, page_family
from home.bulk.text import Said, clipped
from stories.models import RelatedStory, StoryKeyFigure, StoryPage, StoryTag

YEARS_OF_STORIES = 8


class StoryBuilder(PageBuilder):
    model = StoryPage
    label = "stories"

    def build(self):
        material, rng, writer = self.material, self.material.rng, self.material.writer
        name = writer.name()
        published = (
            material.now - datetime.timedelta(days=rng.randrange(YEARS_OF_STORIES * 365))
        ).date()
        titles = writer.title(3, 6).map(lambda phrase: f"{name}: {phrase}")
        pages = page_family(material, StoryPage, titles, moment(material, published))
        place = material.places.pick(rng)
        territory = rng.choices([place.region, place.country, None], [85, 10, 5])[0]
        shared = {
            "initiative_name": name,
            "city": place.city if territory == place.region else "",
            "founded": rng.randint(1975, published.year),
            "website": f"https://{slugify(name)}.example.org/" if rng.random() < 0.6 else "",
            "hero_image": material.image(),
            "date_published": published,
        }
        fill(pages, shared, self.localized(territory), self.relations(pages))
        for page in pages.values():
            page.reading_minutes = page.compute_reading_minutes()
        return pages

    def localized(self, territory):
        material, writer = self.material, self.material.writer
        forms = material.terms(OrganisationForm)
        territories = material.terms(Territory)
        blocks = [("paragraph", writer.paragraph())]
        blocks.append(("heading", {"text": writer.title(2, 5), "level": "h2"}))
        blocks += [("paragraph", writer.paragraph()) for _ in range(material.rng.randint(1, 3))]
        return {
            "summary": writer.sentences(2, 3).map(lambda text: clipped(text, 300)),
            "hero_alt": writer.label("image_alt", words=writer.words(3, 6)),
            "hero_caption": writer.sentence(5, 10),
            "hero_credit": writer.label("image_credit"),
            "body": writer.stream(blocks),
            "organisation_form": forms.said(forms.pick(material.rng)[0]),
            "territory": (
                territories.said(territory) if territory else Said.same(None, material.languages)
            ),
        }

    def relations(self, pages):
        """Inline objects per language, as `copy_for_translation` copies them: key
        figures get the page's locale and keep one translation key across languages;
        related stories point at the originals, whatever the page's language."""
        material, rng = self.material, self.material.rng
        sectors = material.terms(Sector)
        sectors = sectors.saids(sectors.pick(rng, rng.choices([1, 2, 3], [5, 3, 1])[0]))
        sdgs = material.terms(SDG).saids(material.terms(SDG).pick(rng, rng.randint(1, 4)))
        tags = material.tags.pick(rng, rng.randint(1, 4))
        figures = self.figures(next(iter(pages.values())).translation_key)
        related = material.some_stories(share=0.3)

        def relations(language, page):
            return {
                "sectors": [sector[language] for sector in sectors],
                "sdgs": [sdg[language] for sdg in sdgs],
                "tagged_items": [StoryTag(tag=tag[language]) for tag in tags],
                "key_figures": [
                    StoryKeyFigure(
                        locale=page.locale,
                        translation_key=key,
                        sort_order=position,
                        value=value,
                        label=label[language],
                    )
                    for position, (key, value, label) in enumerate(figures)
                ],
                "related_story_links": [
                    RelatedStory(page_id=story, sort_order=position)
                    for position, story in enumerate(related)
                ],
            }

        return relations

    def figures(self, page_key):
        """0–4 key figures: (translation key, value, label in each language)."""
        rng, writer = self.material.rng, self.material.writer
        return [
            (
                uuid.uuid5(page_key, f"figure-{position}"),
                f"{rng.randint(5, 95)}%" if rng.random() < 0.2 else str(rng.randint(3, 5000)),
                writer.entry("figure_labels"),
            )
            for position in range(rng.randint(0, 4))
        ]

    def added(self, families):
        """Stories written in this batch can be related to, and take part in events."""
        source = self.material.languages[0]
        self.material.story_ids.extend(family[source].pk for family in families)
