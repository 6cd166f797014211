"""A small site in three languages, committed (pg_dump and SQLite's backup read only
what is committed), and an empty database to restore it into."""

import io
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model

from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from curriculum.models import ModuleResource
from engagement.factories import GetInvolvedPageFactory
from home.factories import StandardPageFactory
from tests.translation.localize import save_target, start_translation, translate_strings

WORKSHEET = b"%PDF-1.4\n% Ficha: las cooperativas de consumo\n%%EOF\n"
SUBMISSION = {
    "nombre": "Lucía",
    "correo_electronico": "lucia@example.org",
    "como_quieres_participar": "Hacer voluntariado",
    "mensaje": "Puedo ayudar los sábados en el mercado social.",
    "acepto_el_aviso_de_privacidad": "on",
}


@pytest.fixture
def site(homes, client):
    """What an operator would hate to lose: a page translated in wagtail-localize's
    editor, a module's worksheet downloaded once, a visitor's form submission."""
    about = StandardPageFactory(
        parent=homes["es"], title="Quiénes somos", slug="quienes-somos", introduction="Somos."
    )
    translation = start_translation(about, "fr")
    translate_strings(translation, prefix="FR ")
    save_target(translation)
    worksheet = get_document_model()(title="Ficha")
    worksheet.file.save("ficha.pdf", ContentFile(WORKSHEET), save=False)
    worksheet.save()
    module = ModulePageFactory(parent=CurriculumIndexPageFactory(parent=homes["es"]))
    module.resources = [ModuleResource(document=worksheet, kind="worksheet", locale=module.locale)]
    module.save_revision().publish()
    resource = ModuleResource.objects.get(page=module)
    assert client.get(f"{module.url}resources/{resource.pk}/").status_code == 200
    form = GetInvolvedPageFactory(parent=homes["es"])
    assert client.post(form.url, SUBMISSION, REMOTE_ADDR="198.51.100.23").status_code == 200
    return {"about": about, "worksheet": worksheet, "module": module, "form": form}


def backup(folder):
    out = io.StringIO()
    call_command("backup", output_dir=str(folder), stdout=out)
    return Path(out.getvalue().strip().splitlines()[-1])


def url_of(settings_dict, name):
    credentials = quote(settings_dict["USER"] or "")
    if settings_dict["PASSWORD"]:
        credentials += ":" + quote(settings_dict["PASSWORD"])
    host = settings_dict["HOST"] or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{name}"


@pytest.fixture
def empty_database(tmp_path):
    """The URL of a database that holds nothing: a new SQLite file, or a new database
    on the test's PostgreSQL server, dropped afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    settings_dict = connection.settings_dict
    name = f"{settings_dict['NAME']}_restored"
    server = url_of(settings_dict, "postgres")
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield url_of(settings_dict, name)
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
