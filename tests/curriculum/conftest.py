import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.factories import locale, translate_page
from core.models import EducationLevel, Topic
from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from curriculum.models import ModuleResource
from tests.core.uploads import editor, media_cleared  # noqa: F401  (fixtures)
from tests.vocabulary import term

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def make_document(db):
    def make(title="Ficha del alumnado", filename="ficha.pdf", content=PDF_BYTES):
        document = get_document_model()(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
        return document

    return make


@pytest.fixture
def curriculum_indexes(homes):
    spanish = CurriculumIndexPageFactory(parent=homes["es"])
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", title="Modules", slug="modules"),
        "en": translate_page(spanish, "en", title="Modules", slug="modules"),
    }


@pytest.fixture
def make_module(curriculum_indexes):
    def make(language="es", levels=(), topics=(), documents=(), **fields):
        module = ModulePageFactory(
            parent=curriculum_indexes[language],
            locale=locale(language),
            education_levels=[term(EducationLevel, name, language) for name in levels],
            topics=[term(Topic, name, language) for name in topics],
            **fields,
        )
        if documents:
            module.resources = [
                ModuleResource(document=document, kind="worksheet", locale=module.locale)
                for document in documents
            ]
            module.save_revision().publish()
            module = type(module).objects.get(pk=module.pk)
        return module

    return make
