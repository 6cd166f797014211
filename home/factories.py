import factory
import wagtail_factories

from core.factories import locale
from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Página {n}")
    introduction = "Una página de información."
    locale = factory.LazyFunction(locale)

    class Meta:
        model = StandardPage
