"""A small site in Spanish, French and English whose editors wrote hostile content, built
once for this folder's tests: a story, a module, an event and a campaign in each language, with
every index, the sectors, the search and the Get involved form.

What an editor writes through the admin is cleaned by its rich text editor; these pages
are written straight to the database, as an import, an API client or a translation file
could, so the site itself must keep them harmless.
"""

import pytest
from django.db import transaction

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignStory
from core.factories import FooterFactory, locale, translate_page
from core.models import EventType, Footer, Sector
from curriculum.factories import CurriculumIndexPageFactory, ModulePageFactory
from engagement.factories import GetInvolvedPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory, occurrence
from events.models import EventPage
from home.models import HomePage
from search.models import SearchPage
from sectors.models import SectorIndexPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryKeyFigure

LANGUAGES = ("es", "fr", "en")

# A word to search for, then a closing </script>, script, event handlers and a quote.
TITLE = 'Girasol </script><script>alert("title")</script><img src=x onerror=alert(1)> "q'
# Summaries are plain text and refuse markup; a quote, a handler, a scheme and a line break
# that would start a new calendar property remain.
SUMMARY = (
    "Girasol \"' onmouseover=alert(1) javascript:alert(2) </script\r\nATTACH:http://evil.test/"
)
SEARCH_DESCRIPTION = "</script><script>alert('description')</script><svg onload=alert(4)>"
RICH_TEXT = (
    "<p>Girasol <script>alert('rich')</script>"
    '<a href="javascript:alert(5)">enlace</a> '
    '<a href=" JaVaScRiPt:alert(6)">espacios</a> '
    '<img src="x" onerror="alert(7)">'
    '<b onclick="alert(8)">negrita</b></p>'
    '<iframe src="javascript:alert(9)"></iframe>'
)
FIGURE_VALUE = "<script>1</script>"
FIGURE_LABEL = "<img src=x onerror=alert(10)>"
FORM_LABEL = "<script>alert('label')</script> Nombre"
FORM_HELP = '<a href="javascript:alert(11)" onmouseover="alert(12)">ayuda</a>'

SLUGS = {
    "stories": {"es": "historias", "fr": "recits", "en": "stories"},
    "modules": {"es": "modulos", "fr": "modules", "en": "modules"},
    "events": {"es": "eventos", "fr": "evenements", "en": "events"},
    "campaigns": {"es": "campanas", "fr": "campagnes", "en": "campaigns"},
    "sectors": {"es": "sectores", "fr": "secteurs", "en": "sectors"},
    "search": {"es": "buscar", "fr": "recherche", "en": "search"},
}


def translated(spanish, titles):
    """The Spanish page and its published French and English translations."""
    pages = {"es": spanish}
    for language in ("fr", "en"):
        title = titles[language]
        pages[language] = translate_page(spanish, language, title=title, slug=title.lower())
    return pages


def indexes(homes):
    stories = StoryIndexPageFactory(parent=homes["es"], show_in_menus=True)
    modules = CurriculumIndexPageFactory(parent=homes["es"])
    events = EventIndexPageFactory(parent=homes["es"])
    campaigns = CampaignIndexPageFactory(parent=homes["es"], show_in_menus=True)
    sectors = SectorIndexPage(title="Sectores", slug="sectores", locale=locale("es"))
    search = SearchPage(title="Buscar", slug="buscar", locale=locale("es"))
    for page in (sectors, search):
        homes["es"].add_child(instance=page)
        page.save_revision().publish()
    return {
        name: translated(spanish, {"fr": SLUGS[name]["fr"], "en": SLUGS[name]["en"]})
        for name, spanish in (
            ("stories", stories),
            ("modules", modules),
            ("events", events),
            ("campaigns", campaigns),
            ("sectors", sectors),
            ("search", search),
        )
    }


def hostile_story(parent, language, sector):
    story = StoryPageFactory(
        parent=parent,
        locale=locale(language),
        title=TITLE,
        seo_title=TITLE,
        search_description=SEARCH_DESCRIPTION,
        summary=SUMMARY,
        initiative_name=TITLE,
        city=TITLE[:120],
        sectors=[sector],
        tags=["<script>tag</script>"],
        body=[
            {"type": "paragraph", "value": RICH_TEXT},
            {
                "type": "key_figures",
                "value": {"figures": [{"value": FIGURE_VALUE, "label": FIGURE_LABEL}]},
            },
        ],
    )
    StoryKeyFigure.objects.create(
        page=story, locale=story.locale, value=FIGURE_VALUE, label=FIGURE_LABEL
    )
    story.save_revision().publish()
    return story


def hostile_event(parent, language, day=5):
    event = EventPageFactory(
        parent=parent,
        locale=locale(language),
        event_type=EventType.objects.filter(locale__language_code=language).first(),
        title=TITLE,
        slug=f"girasol-{day}",
        search_description=SEARCH_DESCRIPTION,
        summary=SUMMARY,
        venue_name=TITLE[:160],
        city=TITLE[:120],
        organiser_name=TITLE[:160],
        body=[{"type": "paragraph", "value": RICH_TEXT}],
    )
    event.occurrences = [occurrence(day)]
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def build(homes):
    pages = indexes(homes)
    pages["homes"] = homes
    pages["story"], pages["module"], pages["event"], pages["campaign"] = {}, {}, {}, {}
    for language in LANGUAGES:
        sector = Sector.objects.filter(locale__language_code=language).order_by("pk").first()
        story = hostile_story(pages["stories"][language], language, sector)
        pages["story"][language] = story
        pages["sector_slug"] = pages.get("sector_slug", {}) | {language: sector.slug}
        pages["module"][language] = ModulePageFactory(
            parent=pages["modules"][language],
            locale=locale(language),
            title=TITLE,
            search_description=SEARCH_DESCRIPTION,
            summary=SUMMARY,
            authors=TITLE,
            learning_objectives=[{"type": "objective", "value": TITLE}],
        )
        pages["event"][language] = hostile_event(pages["events"][language], language)
        hostile_event(pages["events"][language], language, day=-10)  # for the archive
        campaign = CampaignPageFactory(
            parent=pages["campaigns"][language],
            locale=locale(language),
            title=TITLE,
            theme=TITLE,
            search_description=SEARCH_DESCRIPTION,
            body=[{"type": "paragraph", "value": RICH_TEXT}],
        )
        campaign.story_links = [CampaignStory(page=story)]
        campaign.save_revision().publish()
        pages["campaign"][language] = campaign
    pages["form"] = GetInvolvedPageFactory(
        parent=homes["es"],
        search_description=SEARCH_DESCRIPTION,
        privacy_notice=RICH_TEXT,
        fields=[
            {
                "label": FORM_LABEL,
                "field_type": "singleline",
                "required": False,
                "help_text": FORM_HELP,
            },
            {
                "label": FORM_LABEL + " 2",
                "field_type": "dropdown",
                "required": False,
                "choices": "<script>alert('choice')</script>\nOtra",
                "help_text": FORM_HELP,
            },
        ],
    )
    Footer.objects.filter(locale__language_code="es").delete()
    FooterFactory(locale=locale("es"), about=RICH_TEXT).save_revision().publish()
    return pages


@pytest.fixture(scope="package")
def hostile_site(django_db_setup, django_db_blocker):
    """The site, built once for this folder's tests in a transaction rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        spanish = HomePage.objects.get(locale__language_code="es")
        homes = {
            "es": spanish,
            "fr": translate_page(spanish, "fr", slug="accueil"),
            "en": translate_page(spanish, "en", slug="home"),
        }
        yield build(homes)
        transaction.set_rollback(True)
