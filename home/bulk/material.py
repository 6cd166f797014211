"""Everything the page builders draw from, loaded once per run."""

import random
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from core.models import SDG, EducationLevel, EventType, OrganisationForm, Sector, Territory, Topic
from home.bulk.images import bulk_images
from home.bulk.places import Places
from home.bulk.text import Writer
from home.bulk.vocabularies import Tags, Terms
from home.bulk.words import lexicons, people
from stories.models import StoryPage


def site_languages():
    """The site's languages (`settings.LANGUAGES`), the default one first: pages are
    written in it and translated into the others."""
    default = Locale.get_default().language_code
    codes = [code for code, _name in settings.LANGUAGES]
    return [default] + [code for code in codes if code != default]


@dataclass
class Material:
    rng: random.Random
    languages: list
    locales: dict
    writer: Writer
    tags: Tags
    images: list
    places: Places
    now: datetime
    vocabularies: dict = field(default_factory=dict)
    story_ids: list = field(default_factory=list)

    @classmethod
    def load(cls, seed):
        rng = random.Random(seed)
        languages = site_languages()
        words = lexicons(languages)
        vocabularies = {
            model: Terms(model.objects.all(), languages, rng)
            for model in (
                Sector,
                OrganisationForm,
                Territory,
                SDG,
                EducationLevel,
                Topic,
                EventType,
            )
        }
        source = Locale.objects.get(language_code=languages[0])
        return cls(
            rng=rng,
            languages=languages,
            locales={locale.language_code: locale for locale in Locale.objects.all()},
            writer=Writer(rng, words),
            tags=Tags(words, rng),
            images=bulk_images(),
            places=Places(vocabularies[Territory]),
            now=timezone.now(),
            vocabularies=vocabularies,
            story_ids=list(
                StoryPage.objects.live().filter(locale=source).values_list("pk", flat=True)
            ),
        )

    def terms(self, model):
        return self.vocabularies[model]

    def weighted(self, weights):
        """One key of `{option: weight}`."""
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def person(self):
        names = people()
        return f"{self.rng.choice(names['given_names'])} {self.rng.choice(names['family_names'])}"

    def image(self, share=0.9):
        """One of the illustrations, for `share` of the pages; None for the others."""
        return self.rng.choice(self.images) if self.rng.random() < share else None

    def some_stories(self, share, most=3):
        """Up to `most` source-language stories, for `share` of the pages."""
        if not self.story_ids or self.rng.random() >= share:
            return []
        return self.rng.sample(self.story_ids, min(self.rng.randint(1, most), len(self.story_ids)))
