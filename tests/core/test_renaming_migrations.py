"""A site made before the chosen-page lists and the hero image's description got their
shared names (`page` for the page chosen, `hero_alt` on every page type) keeps, through
the migrations, every choice and every description: on the pages, in drafts, in
translations already made and still pending, and in the admin's "Usage".

The site is made with today's models, migrated back to the old names with Django's
`MigrationExecutor` (the old shape is checked), then forward again, as an upgrade runs.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import ReferenceIndex, Revision
from wagtail_localize.models import TranslationContext

from campaigns.models import CampaignPage
from core.factories import translate_page
from events.factories import occurrence
from events.models import EventPage, EventParticipant
from home.models import HomeFeaturedStory, HomePage
from stories.models import RelatedStory, StoryPage
from tests.translation.localize import (
    start_translation,
    sync,
    translate_strings,
    untranslated_strings,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE_RENAMING = [
    ("home", "0004_alter_homepage_body_alter_standardpage_body"),
    ("campaigns", "0002_alter_campaignpage_body"),
    ("stories", "0002_alter_storypage_body"),
    ("events", "0004_occurrence_repeated_times"),
]


def migrate_to(targets):
    MigrationExecutor(connection).migrate(targets)


def latest():
    graph = MigrationExecutor(connection).loader.graph
    return [node for app, _name in BEFORE_RENAMING for node in graph.leaf_nodes(app)]


def columns(table):
    with connection.cursor() as cursor:
        return {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }


def values(table, column):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} ORDER BY sort_order")
        return [row[0] for row in cursor.fetchall()]


def chosen(page, relation):
    return [link.page.title for link in getattr(page, relation).all()]


@pytest.fixture
def site(homes, image, make_story, make_module, make_event, make_campaign):
    huerta = make_story(title="Huerta")
    translate_page(huerta, "fr", title="Potager", slug="potager")
    panaderia = make_story(title="Panadería")
    module = make_module(title="Módulo")
    feria = make_event([occurrence(10)], title="Feria")
    make_campaign(title="Semana", stories=[huerta, panaderia], modules=[module], events=[feria])
    story = StoryPage.objects.get(pk=make_story(title="Cooperativa").pk)
    story.related_story_links = [RelatedStory(page=panaderia), RelatedStory(page=huerta)]
    story.save_revision().publish()
    event = EventPage.objects.get(pk=feria.pk)
    event.participants = [EventParticipant(page=huerta)]
    event.save_revision().publish()

    home = HomePage.objects.get(pk=homes["es"].pk)
    home.hero_image = image
    home.hero_alt = "Un sol sobre colinas verdes"
    home.featured_story_links = [
        HomeFeaturedStory(page=panaderia),
        HomeFeaturedStory(page=huerta),
    ]
    home.save_revision().publish()
    translations = {}
    for language in ("fr", "en"):
        translations[language] = start_translation(home, language)
        translate_strings(translations[language], prefix=f"{language.upper()} ")
        sync(home, translations[language])
    home.introduction = "Una frase que aún no tiene traducción."
    home.save_revision().publish()
    translations["fr"].source.update_from_db()  # the French translation has a new text to do
    home.hero_alt = "Un sol naciente"
    home.featured_story_links = [HomeFeaturedStory(page=huerta)]
    draft = home.save_revision()  # not published yet
    return {"home": home, "draft": draft, "translations": translations, "huerta": huerta}


def test_choices_and_descriptions_outlive_the_renaming(admin_client, site):
    huerta, home = site["huerta"], site["home"]
    assert ReferenceIndex.objects.filter(model_path="story_links.item.page").exists()

    migrate_to(BEFORE_RENAMING)

    assert "hero_image_alt" in columns("home_homepage")
    assert values("campaigns_campaignstory", "story_id")[0] == huerta.pk
    assert values("stories_relatedstory", "story_id")[1] == huerta.pk
    old_draft = Revision.objects.get(pk=site["draft"].pk).content
    assert old_draft["hero_image_alt"] == "Un sol naciente"
    assert old_draft["featured_story_links"][0]["story"] == huerta.pk
    assert TranslationContext.objects.filter(path="hero_image_alt").exists()

    migrate_to(latest())

    campaign = CampaignPage.objects.get(title="Semana")
    assert chosen(campaign, "story_links") == ["Huerta", "Panadería"]
    assert chosen(campaign, "module_links") == ["Módulo"]
    assert chosen(campaign, "event_links") == ["Feria"]
    assert chosen(StoryPage.objects.get(title="Cooperativa"), "related_story_links") == [
        "Panadería",
        "Huerta",
    ]
    assert chosen(EventPage.objects.get(title="Feria"), "participants") == ["Huerta"]
    home = HomePage.objects.get(pk=home.pk)
    assert chosen(home, "featured_story_links") == ["Panadería", "Huerta"]
    translated = {page.locale.language_code: page.hero_alt for page in HomePage.objects.all()}
    assert translated == {
        "es": "Un sol sobre colinas verdes",
        "fr": "FR Un sol sobre colinas verdes",
        "en": "EN Un sol sobre colinas verdes",
    }

    # Pending translation work is still pending, and what was translated stays translated.
    french = site["translations"]["fr"]
    assert untranslated_strings(french) == ["Una frase que aún no tiene traducción."]
    assert sync(home, french).hero_alt == "FR Un sol sobre colinas verdes"
    french_home = HomePage.objects.get(locale__language_code="fr")
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french_home.pk]))
    assert editor.status_code == 200

    # The draft made before the upgrade publishes with its choices and its description.
    draft = home.get_latest_revision_as_object()
    assert (draft.hero_alt, chosen(draft, "featured_story_links")) == (
        "Un sol naciente",
        ["Huerta"],
    )
    home.get_latest_revision().publish()
    assert chosen(HomePage.objects.get(pk=home.pk), "featured_story_links") == ["Huerta"]

    usage = admin_client.get(reverse("wagtailadmin_pages:usage", args=[huerta.pk]))
    assert usage.status_code == 200
    for title in ("Semana", "Cooperativa", "Feria"):
        assert title in usage.content.decode()
