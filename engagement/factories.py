import factory
import wagtail_factories

from core.factories import locale
from engagement.models import GetInvolvedFormField, GetInvolvedPage

SPANISH_FIELDS = [
    {"label": "Nombre", "field_type": "singleline", "required": False},
    {"label": "Correo electrónico", "field_type": "email", "required": True},
    {
        "label": "¿Cómo quieres participar?",
        "field_type": "radio",
        "required": True,
        "choices": "Recibir el boletín\nHacer voluntariado\nMontar un puesto en un mercado social",
    },
    {"label": "Mensaje", "field_type": "multiline", "required": False},
    {"label": "Acepto el aviso de privacidad", "field_type": "checkbox", "required": True},
]


class GetInvolvedPageFactory(wagtail_factories.PageFactory):
    """A live "Get involved" form with the demo's five fields in Spanish."""

    title = "Participa"
    slug = "participa"
    introduction = "Cuéntanos cómo quieres participar."
    privacy_notice = "<p>Guardamos lo que escribes durante dos años como máximo.</p>"
    thank_you_text = "<p>¡Gracias! Hemos recibido tu mensaje.</p>"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = GetInvolvedPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        if not create:
            return
        for order, field in enumerate(extracted or SPANISH_FIELDS):
            GetInvolvedFormField.objects.create(page=self, sort_order=order, **field)
