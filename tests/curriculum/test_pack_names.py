"""The files in a module pack are named once, readably, in the pack's language."""

import io
import zipfile

from core.factories import translate_page


def pack_names(client, module):
    response = client.get(module.url + "pack/")
    assert response.status_code == 200
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()


def test_a_worksheet_titled_with_its_kind_is_named_once(client, make_module, make_document):
    module = make_module(
        language="fr",
        title="À qui appartient la plateforme ?",
        slug="plateforme",
        documents=[make_document("Fiche élève : à qui appartient la plateforme ?", "fiche.pdf")],
    )

    assert pack_names(client, module) == [
        "À qui appartient la plateforme.pdf",
        "01 Fiche élève - à qui appartient la plateforme.pdf",
    ]


def test_names_keep_what_file_systems_accept_and_nothing_else(client, make_module, make_document):
    module = make_module(
        title="Finanzas éticas",
        slug="finanzas-eticas",
        documents=[
            make_document("Ficha: ¿adónde va mi dinero?", "ficha.pdf"),
            make_document('Guía "docente" <v2> 1/2 | final*', "guia.odt"),
        ],
    )

    assert pack_names(client, module)[1:] == [
        "01 Ficha - adónde va mi dinero.pdf",
        "02 Guía docente v2 12 final.odt",
    ]


def test_a_translation_sharing_the_original_s_file_names_it_in_its_own_language(
    client, make_module, make_document
):
    spanish = make_module(
        title="Finanzas éticas",
        slug="finanzas-eticas",
        documents=[make_document("Ficha del alumnado: finanzas éticas", "ficha.pdf")],
    )
    french = translate_page(spanish, "fr", title="Finances éthiques", slug="finances-ethiques")

    assert pack_names(client, french) == [
        "Finances éthiques.pdf",
        "01 Fiche élève - Finances éthiques.pdf",
    ]
    assert pack_names(client, spanish)[1] == "01 Ficha del alumnado - finanzas éticas.pdf"
