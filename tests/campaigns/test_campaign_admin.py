"""Editors create campaigns in the admin; impossible dates and a call to action
without a target come back as form errors, never a server error."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.factories import CampaignIndexPageFactory
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import HomePage


def error_messages(response):
    """The form's errors by field, as the editor reads them in the admin's language."""
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


class CampaignAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="es")
        self.index = CampaignIndexPageFactory(parent=self.home)

    def form(self, **fields):
        return nested_form_data(
            {
                "title": "Semana del consumo responsable",
                "slug": "semana-consumo-responsable",
                "theme": "Siete días para mirar de dónde viene lo que compramos.",
                "start_date": "2027-03-01",
                "end_date": "2027-03-07",
                "cta_label": "",
                "cta_page": "",
                "cta_url": "",
                "tag": "consumo responsable",
                "body": streamfield([]),
                "story_links": inline_formset([]),
                "module_links": inline_formset([]),
                "event_links": inline_formset([]),
                **fields,
            }
        )

    def post(self, data):
        return self.client.post(f"/admin/pages/add/campaigns/campaignpage/{self.index.pk}/", data)

    def test_page_types_go_where_they_belong(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})

    def test_an_editor_can_create_a_campaign_with_a_call_to_action(self):
        self.assertCanCreate(
            self.index,
            CampaignPage,
            self.form(cta_label="Ver los mercados", cta_url="https://example.org/mercados"),
        )
        campaign = CampaignPage.objects.get(slug="semana-consumo-responsable")
        assert campaign.cta_href == "https://example.org/mercados"

    def test_an_end_before_the_start_is_a_form_error(self):
        response = self.post(self.form(start_date="2027-03-07", end_date="2027-03-01"))

        assert response.status_code == 200
        assert list(error_messages(response)) == ["end_date"]
        assert error_messages(response)["end_date"][0] in response.content.decode()
        assert not CampaignPage.objects.exists()

    def test_a_call_to_action_without_a_target_is_a_form_error(self):
        response = self.post(self.form(cta_label="Participa"))

        assert response.status_code == 200
        assert list(error_messages(response)) == ["cta_page"]
        assert not CampaignPage.objects.exists()

    def test_a_call_to_action_with_a_page_and_an_address_is_a_form_error(self):
        response = self.post(
            self.form(cta_label="Participa", cta_page=self.home.pk, cta_url="https://example.org")
        )

        assert response.status_code == 200
        assert list(error_messages(response)) == ["cta_url"]
        assert not CampaignPage.objects.exists()
