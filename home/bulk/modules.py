"""Bulk curriculum modules: education levels, topics, objectives and activities, of
every length the duration filter knows, some with a story as a case study."""

import datetime

from core.models import SDG, EducationLevel, Topic
from curriculum.models import ModulePage
from curriculum.models.pages import ModuleTag
from home.bulk.pages import PageBuilder, fill, moment, page_family
from home.bulk.text import capitalised, clipped, combine

YEARS_OF_MODULES = 5
DURATIONS = {45: 15, 50: 10, 60: 15, 90: 15, 120: 12, 180: 10, 240: 8, 360: 8, 600: 7}
LICENCES = {"cc-by-sa-4.0": 80, "cc-by-4.0": 10, "cc-by-nc-sa-4.0": 7, "all-rights-reserved": 3}


class ModuleBuilder(PageBuilder):
    model = ModulePage
    label = "modules"

    def build(self):
        material, rng = self.material, self.material.rng
        days_ago = rng.randrange(YEARS_OF_MODULES * 365)
        published = (material.now - datetime.timedelta(days=days_ago)).date()
        titles = material.writer.title(4, 7)
        pages = page_family(material, ModulePage, titles, moment(material, published))
        duration = material.weighted(DURATIONS)
        shared = {
            "duration_minutes": duration,
            "sessions": max(1, round(duration / 60)),
            "licence": material.weighted(LICENCES),
            "authors": ", ".join(material.person() for _ in range(rng.randint(1, 2))),
            "last_reviewed": published + datetime.timedelta(days=rng.randint(0, days_ago)),
        }
        fill(pages, shared, self.localized(duration), self.relations())
        return pages

    def localized(self, duration):
        writer, rng = self.material.writer, self.material.rng
        objectives = [
            combine(
                lambda verb, words: clipped(f"{verb} {words}.", 200),
                writer.entry("objective_verbs"),
                writer.words(4, 9),
            )
            for _ in range(rng.randint(2, 4))
        ]
        return {
            "summary": writer.sentences(2, 3).map(lambda text: clipped(text, 300)),
            "learning_objectives": writer.stream([("objective", text) for text in objectives]),
            "prerequisites": writer.sentence(),
            "materials": writer.sentence(5, 10),
            "body": writer.stream(self.activities(duration)),
        }

    def activities(self, duration):
        """A heading, an introduction, two or three activities sharing the module's
        duration, discussion questions, and for some a case study (an original story:
        a translation's page chooser keeps the source page, as copies do)."""
        material, writer, rng = self.material, self.material.writer, self.material.rng
        count = rng.randint(2, 3)
        blocks = [("heading", {"text": writer.title(2, 4), "level": "h2"})]
        blocks.append(("text", writer.paragraph(2, 4)))
        for _ in range(count):
            activity = {
                "title": writer.title(2, 5),
                "duration": max(5, duration // count),
                "group_size": writer.label("group_size", count=rng.randint(2, 6)),
                "materials": writer.words(2, 5),
                "steps": writer.items([writer.sentence(5, 12) for _ in range(rng.randint(2, 4))]),
                "teacher_tip": writer.sentence(),
            }
            blocks.append(("activity", activity))
        questions = [
            writer.words(5, 10).map(lambda text: capitalised(text) + "?")
            for _ in range(rng.randint(2, 3))
        ]
        blocks.append(("discussion", {"questions": writer.items(questions)}))
        for story in material.some_stories(share=0.3, most=1):
            blocks.append(("case_study", {"story": story, "intro": writer.sentence()}))
        return blocks

    def relations(self):
        material, rng = self.material, self.material.rng
        levels, topics, sdgs = (material.terms(model) for model in (EducationLevel, Topic, SDG))
        chosen = {
            "education_levels": levels.saids(levels.pick(rng, rng.randint(1, 2))),
            "topics": topics.saids(topics.pick(rng, rng.randint(1, 2))),
            "sdgs": sdgs.saids(sdgs.pick(rng, rng.randint(0, 3))),
        }
        tags = material.tags.pick(rng, rng.randint(0, 3))

        def relations(language, page):
            return {
                **{name: [term[language] for term in terms] for name, terms in chosen.items()},
                "tagged_items": [ModuleTag(tag=tag[language]) for tag in tags],
            }

        return relations
