"""The shared vocabularies are seeded in three languages and stay consistent per locale."""

from collections import defaultdict

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.factories import SectorFactory, locale
from core.models import (
    SDG,
    EducationLevel,
    EventType,
    OrganisationForm,
    Sector,
    Territory,
    Topic,
)

EXPECTED_TERMS = {
    Sector: 14,
    OrganisationForm: 7,
    Territory: 39,
    SDG: 17,
    EducationLevel: 5,
    EventType: 6,
    Topic: 10,
}


@pytest.mark.parametrize(("model", "count"), EXPECTED_TERMS.items())
def test_every_term_has_a_spanish_french_and_english_translation(db, model, count):
    languages_by_key = defaultdict(set)
    for key, language in model.objects.values_list("translation_key", "locale__language_code"):
        languages_by_key[key].add(language)

    assert len(languages_by_key) == count
    assert all(languages == {"es", "fr", "en"} for languages in languages_by_key.values())


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("es", "Trabajo decente y crecimiento económico"),
        ("fr", "Travail décent et croissance économique"),
        ("en", "Decent work and economic growth"),
    ],
)
def test_sdgs_carry_their_official_names(db, language, name):
    goal = SDG.objects.get(number=8, locale__language_code=language)

    assert goal.name == name
    assert str(goal) == f"8. {name}"
    assert list(
        SDG.objects.filter(locale__language_code=language).values_list("number", flat=True)
    ) == list(range(1, 18))


def test_slugs_are_translated_and_unique_within_a_language(db):
    slugs = {
        term.locale.language_code: term.slug
        for term in Sector.objects.filter(name__in=["Energías renovables"])
        .first()
        .get_translations(inclusive=True)
    }

    assert slugs == {
        "es": "energias-renovables",
        "fr": "energies-renouvelables",
        "en": "renewable-energy",
    }


def test_regions_belong_to_the_country_in_their_own_language(db):
    catalonia = Territory.objects.get(code="ES-CT", locale__language_code="fr")

    assert catalonia.name == "Catalogne"
    assert catalonia.parent.name == "Espagne"
    assert catalonia.parent.locale_id == catalonia.locale_id
    assert Territory.objects.filter(kind="country", locale__language_code="en").count() == 2


def test_a_new_term_gets_a_slug_from_its_name(db):
    term = SectorFactory(name="Banca del tiempo", slug="")

    assert term.slug == "banca-del-tiempo"


def test_a_slug_may_repeat_across_languages_but_not_within_one(db):
    SectorFactory(name="Tiempo", slug="tiempo", locale=locale("fr"))

    duplicate = Sector(name="Otro", slug="tiempo", locale=locale("fr"))
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()

    assert "slug" in error.value.message_dict
    Sector(name="Tiempo", slug="tiempo", locale=locale("es")).full_clean()


def test_editors_see_the_vocabularies_in_the_admin(admin_client, db):
    response = admin_client.get("/admin/snippets/core/sector/")

    assert response.status_code == 200
    assert "Agroecología" in response.text


def edit_sector(client, sector, url=None, **changes):
    data = {
        "name": sector.name,
        "slug": sector.slug,
        "description": sector.description,
        "sort_order": sector.sort_order,
        **changes,
    }
    url = url or reverse("wagtailsnippets_core_sector:edit", args=[sector.pk])
    return client.post(url, data)


def test_a_terms_history_is_kept_compared_and_restored(admin_client, db):
    sector = SectorFactory(name="Banca del tiempo", slug="banca-del-tiempo")
    edit_sector(admin_client, sector, name="Bancos de tiempo")
    edit_sector(admin_client, sector, name="Bancos de tiempo vecinales")
    first, second = sector.revisions.order_by("created_at", "pk")

    compare = reverse(
        "wagtailsnippets_core_sector:revisions_compare",
        kwargs={"pk": sector.pk, "revision_id_a": first.pk, "revision_id_b": second.pk},
    )
    compared = admin_client.get(compare)
    assert compared.status_code == 200
    assert "vecinales" in compared.text

    revert = reverse("wagtailsnippets_core_sector:revisions_revert", args=[sector.pk, first.pk])
    assert 'value="Bancos de tiempo"' in admin_client.get(revert).text
    edit_sector(admin_client, sector, url=revert, name="Bancos de tiempo")  # that form, saved
    sector.refresh_from_db()
    assert sector.name == "Bancos de tiempo"
    assert sector.revisions.count() == 3
