import factory
import wagtail_factories

from core.factories import locale
from curriculum.models import CurriculumIndexPage, ModulePage


def activity(title="Debate", duration=30, steps=("Formad grupos.", "Debatid.")):
    return {
        "type": "activity",
        "value": {
            "title": title,
            "duration": duration,
            "group_size": "grupos de 4",
            "materials": "papel",
            "steps": list(steps),
            "teacher_tip": "",
        },
    }


class CurriculumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Módulos"
    slug = "modulos"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = CurriculumIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Módulo {n}")
    summary = "Un módulo sobre economía social y solidaria."
    duration_minutes = 50
    sessions = 1
    learning_objectives = factory.LazyFunction(
        lambda: [{"type": "objective", "value": "Explicar qué es una cooperativa."}]
    )
    body = factory.LazyFunction(lambda: [activity()])
    authors = "Marta Gil"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = ModulePage
