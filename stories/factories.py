import factory
import wagtail_factories

from core.factories import locale
from stories.models import StoryIndexPage, StoryPage

BODY_PARAGRAPH = (
    "<p>La cooperativa reúne a personas socias que deciden juntas cómo trabajar, "
    "qué producir y cómo repartir lo que ganan.</p>"
)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Historias"
    slug = "historias"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historia {n}")
    initiative_name = factory.Sequence(lambda n: f"Cooperativa {n}")
    summary = "Una iniciativa de economía social y solidaria."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": BODY_PARAGRAPH}])
    locale = factory.LazyFunction(locale)

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(list(extracted))
            self.save()
