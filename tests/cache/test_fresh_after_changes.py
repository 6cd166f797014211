"""Never stale: every change a visitor could see makes every cached page that shows it
fresh at once, in every language — listings, feeds, calendars, the sitemap, search."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from core.models import Footer, Sector, SocialMediaSettings
from events.factories import occurrence
from search.models import SearchPage
from tests.cache.conftest import cache_state
from tests.translation.localize import save_target, start_translation, translate_strings


@pytest.fixture
def story(make_story, image):
    return make_story(
        title="La huerta común",
        slug="la-huerta-comun",
        summary="Una huerta vecinal.",
        sectors=["Agroecology"],
        hero_image=image,
    )


@pytest.fixture
def warm(client):
    """Fill the cache with these pages, checking the next view would come from it."""

    def fill(*urls):
        for url in urls:
            client.get(url)
            assert cache_state(client.get(url)) == "hit", url

    return fill


def text(client, url):
    return client.get(url).content.decode()


def test_publishing_a_story_refreshes_home_index_feed_sitemap_and_search(
    client, story, make_story, homes, warm
):
    homes["es"].add_child(instance=SearchPage(title="Buscar", slug="buscar"))
    urls = ["/es/", "/es/historias/", "/es/historias/rss/", "/sitemap-pages.xml"]
    urls.append("/es/buscar/?q=molino")
    warm(*urls)

    new = make_story(title="El molino solidario", slug="el-molino", summary="Un molino.")
    new.save_revision().publish()

    for url in urls:
        assert "molino" in text(client, url).lower(), url


def test_publishing_a_story_refreshes_its_sector_and_its_campaign(
    client, story, make_story, make_campaign, sector_indexes, warm
):
    campaign = make_campaign(title="Semana de la tierra", tag="tierra")
    warm("/es/sectores/agroecologia/", "/es/sectores/", campaign.url)

    new = make_story(
        title="El molino solidario", slug="el-molino", sectors=["Agroecology"], tags=["tierra"]
    )
    new.save_revision().publish()

    assert "El molino solidario" in text(client, "/es/sectores/agroecologia/")
    assert "2 historias" in text(client, "/es/sectores/")
    assert "El molino solidario" in text(client, campaign.url)


def test_unpublishing_a_story_takes_it_out_everywhere(client, story, warm):
    warm(story.url, "/es/historias/", "/es/historias/rss/")

    story.unpublish()

    assert client.get(story.url).status_code == 404
    assert "La huerta común" not in text(client, "/es/historias/")
    assert "La huerta común" not in text(client, "/es/historias/rss/")


def test_a_story_scheduled_to_go_live_appears_when_the_scheduler_publishes_it(
    client, story, make_story, warm
):
    later = make_story(title="La panadería", slug="la-panaderia", live=False)
    later.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    warm("/es/historias/")
    assert "La panadería" not in text(client, "/es/historias/")

    call_command("publish_scheduled")

    assert "La panadería" in text(client, "/es/historias/")
    assert client.get("/es/historias/la-panaderia/").status_code == 200


def test_renaming_a_story_refreshes_its_page_and_the_listings(client, story, warm):
    warm(story.url, "/es/historias/")

    story.title = "La huerta de todas"
    story.slug = "la-huerta-de-todas"
    story.save_revision().publish()

    assert "La huerta de todas" in text(client, "/es/historias/")
    assert client.get("/es/historias/la-huerta-de-todas/").status_code == 200
    assert client.get("/es/historias/la-huerta-comun/").status_code in (301, 302, 404)


def test_moving_a_page_refreshes_its_old_and_new_address(client, homes, warm):
    from home.factories import StandardPageFactory

    about = StandardPageFactory(parent=homes["es"], title="Quiénes somos", slug="quienes")
    legal = StandardPageFactory(parent=homes["es"], title="Aviso legal", slug="legal")
    warm("/es/quienes/", "/es/legal/")

    legal.move(about, pos="last-child")

    assert client.get("/es/quienes/legal/").status_code == 200
    assert client.get("/es/legal/").status_code != 200


def test_deleting_a_story_takes_it_out_of_the_listing(client, story, warm):
    warm("/es/historias/")

    Page.objects.get(pk=story.pk).delete()

    assert "La huerta común" not in text(client, "/es/historias/")


def test_renaming_a_vocabulary_term_shows_in_every_page_that_names_it(client, story, warm):
    warm(story.url, "/es/historias/")

    sector = Sector.objects.get(pk=story.sectors.get().pk)
    sector.name = "Agroecología campesina"
    sector.save()

    assert "Agroecología campesina" in text(client, story.url)
    assert "Agroecología campesina" in text(client, "/es/historias/")


def test_a_term_changed_in_french_refreshes_french_pages(client, make_story, warm):
    french = make_story("fr", title="Le jardin", slug="le-jardin", sectors=["Agroecology"])
    warm(french.url)

    sector = french.sectors.get()
    sector.name = "Agroécologie paysanne"
    sector.save()

    assert "Agroécologie paysanne" in text(client, french.url)


def test_a_new_footer_shows_on_every_page_in_its_language(client, story, homes, warm):
    warm(story.url, "/es/", "/es/historias/")

    Footer.objects.update_or_create(
        locale=story.locale, defaults={"about": "<p>Red de economía solidaria de Aragón</p>"}
    )

    for url in (story.url, "/es/", "/es/historias/"):
        assert "Red de economía solidaria de Aragón" in text(client, url), url


def test_a_changed_document_shows_on_its_module(client, make_module, make_document, warm):
    document = make_document("Ficha del alumnado", "ficha.pdf")
    module = make_module(title="Qué es la ESS", slug="que-es", documents=[document])
    warm(module.url)

    document.title = "Ficha revisada del alumnado"
    document.save()

    assert "Ficha revisada del alumnado" in text(client, module.url)


def test_a_replaced_image_gives_its_pages_new_renditions(client, story, warm):
    warm(story.url)
    before = client.get(story.url)

    image = story.hero_image
    image.file = get_test_image_file(filename="otra.png", size=(1500, 900))
    image.width, image.height = 1500, 900
    image.save()
    image.renditions.all().delete()

    after = client.get(story.url)
    assert cache_state(after) == "miss"
    assert "otra" in after.content.decode()
    assert after.content != before.content


def test_social_media_settings_show_in_every_page_head(client, story, homes, warm):
    warm(story.url, "/es/")

    settings = SocialMediaSettings.for_site(homes["es"].get_site())
    settings.twitter_handle = "soleil_ess"
    settings.save()

    assert 'content="@soleil_ess"' in text(client, story.url)
    assert 'content="@soleil_ess"' in text(client, "/es/")


def test_a_wagtail_localize_sync_that_publishes_refreshes_the_translation(client, story, warm):
    translation = start_translation(story, "fr")
    translate_strings(translation, prefix="FR ")
    save_target(translation, publish=True)
    french = story.get_translation(translation.target_locale)
    warm(french.url, "/fr/recits/")

    story.summary = "Una huerta vecinal y abierta."
    story.save_revision().publish()
    translation.source.update_from_db()  # "Sync translated pages"
    translate_strings(translation, prefix="FR ")  # the translator's work
    save_target(translation, publish=True)  # published from the translation editor

    assert "FR Una huerta vecinal y abierta." in text(client, french.url)
    assert "FR Una huerta vecinal y abierta." in text(client, "/fr/recits/")


def test_publishing_an_event_refreshes_the_calendars(client, make_event, warm):
    warm("/es/eventos/", "/es/eventos/calendar.ics")

    event = make_event([occurrence(10)], title="Mercado social de invierno")
    event.save_revision().publish()

    assert "Mercado social de invierno" in text(client, "/es/eventos/")
    assert "Mercado social de invierno" in text(client, "/es/eventos/calendar.ics")


def test_a_draft_or_an_autosave_keeps_the_cache(client, story, warm):
    warm(story.url)

    story.title = "Borrador"
    story.save_revision()

    assert cache_state(client.get(story.url)) == "hit"


def test_a_footer_draft_keeps_the_cache_and_its_publication_refreshes_it(client, story, warm):
    footer = Footer.objects.create(locale=story.locale, about="<p>Red de economía solidaria</p>")
    warm(story.url, "/es/")

    footer.about = "<p>Red de economía solidaria de Aragón</p>"
    revision = footer.save_revision()

    for url in (story.url, "/es/"):
        assert cache_state(client.get(url)) == "hit", url
    revision.publish()
    for url in (story.url, "/es/"):
        assert "Red de economía solidaria de Aragón" in text(client, url), url
