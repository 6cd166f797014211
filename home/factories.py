import factory
import wagtail_factories

from core.factories import locale
from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Soleil"
    introduction = "Economía social y solidaria."
    locale = factory.LazyFunction(locale)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Página {n}")
    introduction = "Una página de información."
    locale = factory.LazyFunction(locale)

    class Meta:
        model = StandardPage
