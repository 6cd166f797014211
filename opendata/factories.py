import factory
import wagtail_factories

from core.factories import locale
from opendata.models import OpenDataPage


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "Datos abiertos"
    slug = "datos-abiertos"
    introduction = "Historias, módulos y eventos para reutilizar."
    locale = factory.LazyFunction(locale)

    class Meta:
        model = OpenDataPage
