from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from stories.factories import StoryIndexPageFactory
from stories.models import StoryIndexPage, StoryPage


class StoryAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="es")
        self.index = StoryIndexPageFactory(parent=self.home)

    def test_page_types_go_where_they_belong(self):
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})

    def test_an_editor_can_create_a_story(self):
        self.assertCanCreate(
            self.index,
            StoryPage,
            nested_form_data(
                {
                    "title": "Energía del barrio",
                    "slug": "energia-del-barrio",
                    "initiative_name": "Sol de Barrio",
                    "summary": "Una cooperativa de energía solar en los tejados del barrio.",
                    "date_published": "2026-11-01",
                    "body": streamfield(
                        [
                            (
                                "paragraph",
                                rich_text("<p>Vecinas y vecinos comparten la energía del sol.</p>"),
                            )
                        ]
                    ),
                    "key_figures": inline_formset([{"value": "120", "label": "hogares"}]),
                    "related_story_links": inline_formset([]),
                    "tags": "energía, tejados",
                }
            ),
        )
        story = StoryPage.objects.get(slug="energia-del-barrio")
        assert story.key_figures.get().label == "hogares"
        assert story.key_figures.get().locale_id == story.locale_id
        assert sorted(tag.name for tag in story.tags.all()) == ["energía", "tejados"]
