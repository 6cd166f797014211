"""Demo curriculum modules: the index and the modules of `content/modules/`, each with
a student worksheet PDF in its own language."""

import uuid

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from wagtail.documents import get_document_model

from core.models import SDG, EducationLevel, Topic
from curriculum.models import CurriculumIndexPage, ModulePage, ModuleResource
from home.demo.building import (
    demo_key,
    locale,
    page_in_every_language,
    section_pages,
    site_languages,
    terms,
)
from home.demo.content import items, read
from stories.models import StoryPage


def worksheet_pdf(texts, labels, language):
    # WeasyPrint takes a while to import; only the demo and module packs need it.
    from weasyprint import HTML

    html = render_to_string(
        "home/demo/worksheet.html",
        {
            "language": language,
            "sheet": texts["worksheet"],
            "module_title": texts["title"],
            "tagline": labels["tagline"],
            "name_label": labels["name_label"],
        },
    )
    return HTML(string=html).write_pdf()


def worksheet_document(texts, labels, language):
    Document = get_document_model()
    sheet = texts["worksheet"]
    filename = f"{sheet['filename']}.pdf"
    existing = Document.objects.filter(title=sheet["title"], file__endswith=filename).first()
    if existing:
        return existing
    document = Document(title=sheet["title"])
    pdf = worksheet_pdf(texts, labels, language)
    document.file.save(filename, ContentFile(pdf), save=False)
    document.save()
    return document


class ModuleDemo:
    def __init__(self, loader):
        self.loader = loader
        self.worksheet_labels = read("worksheet")

    def load(self, homes):
        indexes = self.load_indexes(homes)
        for key, module in items("modules"):
            self.load_module(key, module, indexes)

    def load_indexes(self, homes):
        return section_pages(self.loader, homes, CurriculumIndexPage, "curriculum-index")

    def load_module(self, key, module, indexes):
        page_in_every_language(
            self.loader,
            ModulePage,
            demo_key(f"module:{key}"),
            module,
            indexes,
            lambda page, language: self.fill(page, module, language),
            label=f"module “{module['en']['title']}”",
        )

    def fill(self, page, module, language):
        texts = module[language]
        for name in ("title", "slug", "summary", "prerequisites", "materials"):
            setattr(page, name, texts.get(name, ""))
        page.learning_objectives = [
            {"type": "objective", "value": objective} for objective in texts["objectives"]
        ]
        page.body = [self.block(block, module) for block in texts["body"]]
        page.duration_minutes = module["duration_minutes"]
        page.sessions = module["sessions"]
        page.authors = module["authors"]
        page.last_reviewed = module["last_reviewed"]
        page.education_levels = terms(EducationLevel, module["education_levels"], language)
        page.topics = terms(Topic, module["topics"], language)
        page.sdgs = list(SDG.objects.filter(number__in=module["sdgs"], locale=locale(language)))
        labels = self.worksheet_labels[language]
        page.resources = [
            ModuleResource(
                document=worksheet_document(texts, labels, language),
                kind=ModuleResource.Kind.WORKSHEET,
                description=texts["worksheet"]["instructions"],
                locale=locale(language),
                translation_key=uuid.uuid5(page.translation_key, "worksheet"),
            )
        ]

    def block(self, block, module):
        """A case study names the module's story; every language's page stores the id
        of the original story (visitors are shown their language's translation)."""
        if block["type"] != "case_study":
            return block
        story = StoryPage.objects.get(
            translation_key=demo_key(f"story:{module['case_study']}"),
            locale__language_code=site_languages()[0],
        )
        return {"type": "case_study", "value": {"story": story.pk, **block["value"]}}
