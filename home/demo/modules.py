"""Demo curriculum modules: an index and the modules of `module_texts_*`, in es, fr and
en, each with a student worksheet PDF in its own language."""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.models import SDG, EducationLevel, Topic
from curriculum.models import CurriculumIndexPage, ModulePage, ModuleResource
from home.demo import module_texts_higher, module_texts_schools
from home.demo.building import (
    LANGUAGES,
    demo_key,
    page_in_every_language,
    section_pages,
)
from stories.models import StoryPage

MODULES = module_texts_schools.MODULES + module_texts_higher.MODULES
INDEX_TEXTS = {
    "es": {
        "title": "Módulos didácticos",
        "slug": "modulos",
        "introduction": (
            "Secuencias didácticas listas para el aula, de primaria a la universidad, con "
            "objetivos, actividades, fichas descargables y licencia libre."
        ),
    },
    "fr": {
        "title": "Modules pédagogiques",
        "slug": "modules",
        "introduction": (
            "Des séquences prêtes pour la classe, de l'école à l'université, avec objectifs, "
            "activités, fiches à télécharger et licence libre."
        ),
    },
    "en": {
        "title": "Curriculum modules",
        "slug": "modules",
        "introduction": (
            "Ready-to-teach lessons from primary school to university, with objectives, "
            "activities, downloadable worksheets and an open licence."
        ),
    },
}
WORKSHEET_LABELS = {
    "es": {"tagline": "Economía social y solidaria", "name": "Nombre y grupo:"},
    "fr": {"tagline": "Économie sociale et solidaire", "name": "Nom et classe\u00a0:"},
    "en": {"tagline": "Social and Solidarity Economy", "name": "Name and class:"},
}


def english_terms(model, names, locale):
    english = model.objects.filter(locale__language_code="en", name__in=names)
    return [term.get_translation(locale) for term in english]


def worksheet_pdf(module_texts, language):
    # WeasyPrint takes a while to import; only the demo and module packs need it.
    from weasyprint import HTML

    html = render_to_string(
        "home/demo/worksheet.html",
        {
            "language": language,
            "sheet": module_texts["worksheet"],
            "module_title": module_texts["title"],
            "tagline": WORKSHEET_LABELS[language]["tagline"],
            "name_label": WORKSHEET_LABELS[language]["name"],
        },
    )
    return HTML(string=html).write_pdf()


def worksheet_document(module_texts, language):
    Document = get_document_model()
    sheet = module_texts["worksheet"]
    filename = f"{sheet['filename']}.pdf"
    existing = Document.objects.filter(title=sheet["title"], file__endswith=filename).first()
    if existing:
        return existing
    document = Document(title=sheet["title"])
    document.file.save(filename, ContentFile(worksheet_pdf(module_texts, language)), save=False)
    document.save()
    return document


class ModuleDemo:
    def __init__(self, loader):
        self.loader = loader
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for module in MODULES:
            self.load_module(module, indexes)

    def load_indexes(self, homes):
        return section_pages(
            self.loader, homes, CurriculumIndexPage, "curriculum-index", INDEX_TEXTS
        )

    def load_module(self, module, indexes):
        page_in_every_language(
            self.loader,
            ModulePage,
            demo_key(f"module:{module['key']}"),
            indexes["es"],
            lambda page, language: self.fill(page, module, language),
            label=f"module “{module['texts']['en']['title']}”",
        )

    def fill(self, page, module, language):
        locale = self.locales[language]
        texts = module["texts"][language]
        page.title = texts["title"]
        page.slug = texts["slug"]
        page.summary = texts["summary"]
        page.prerequisites = texts["prerequisites"]
        page.materials = texts["materials"]
        page.learning_objectives = [
            {"type": "objective", "value": objective} for objective in texts["objectives"]
        ]
        page.body = [self.block(kind, value, module) for kind, value in texts["body"]]
        page.duration_minutes = module["duration_minutes"]
        page.sessions = module["sessions"]
        page.authors = module["authors"]
        page.last_reviewed = datetime.date.fromisoformat(module["last_reviewed"])
        page.education_levels = english_terms(EducationLevel, module["levels"], locale)
        page.topics = english_terms(Topic, module["topics"], locale)
        page.sdgs = list(SDG.objects.filter(number__in=module["sdgs"], locale=locale))
        page.resources = [
            ModuleResource(
                document=worksheet_document(texts, language),
                kind=ModuleResource.Kind.WORKSHEET,
                description=texts["worksheet"]["instructions"],
                locale=locale,
                translation_key=uuid.uuid5(page.translation_key, "worksheet"),
            )
        ]

    def block(self, kind, value, module):
        if kind == "case_study":
            story = StoryPage.objects.get(
                translation_key=demo_key(f"story:{module['case_study']}"),
                locale__language_code="es",
            )
            value = {"story": story.pk, "intro": value["intro"]}
        return {"type": kind, "value": value}
