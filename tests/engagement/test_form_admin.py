"""Editors create the form in the admin and read its submissions in the Forms section."""

from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from engagement.factories import GetInvolvedPageFactory
from engagement.models import GetInvolvedFormField, GetInvolvedPage
from home.models import HomePage


class GetInvolvedAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="es")

    def test_the_form_lives_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(GetInvolvedPage, {HomePage})
        self.assertAllowedSubpageTypes(GetInvolvedPage, set())

    def test_an_editor_can_create_the_form_with_its_fields(self):
        self.assertCanCreate(
            self.home,
            GetInvolvedPage,
            nested_form_data(
                {
                    "title": "Participa",
                    "slug": "participa",
                    "introduction": "Cuéntanos cómo quieres participar.",
                    "privacy_notice": rich_text("<p>Guardamos tus datos dos años.</p>"),
                    "thank_you_text": rich_text("<p>¡Gracias!</p>"),
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Correo electrónico",
                                "field_type": "email",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            }
                        ]
                    ),
                }
            ),
        )
        field = GetInvolvedFormField.objects.get()
        assert (field.clean_name, field.locale.language_code) == ("correo_electronico", "es")

    def test_submissions_are_listed_in_the_forms_section(self):
        page = GetInvolvedPageFactory(parent=self.home)
        FormSubmission.objects.create(
            page=page, form_data={"correo_electronico": "lucia@example.org"}
        )

        forms_index = self.client.get(reverse("wagtailforms:index"))
        submissions = self.client.get(reverse("wagtailforms:list_submissions", args=[page.pk]))

        self.assertContains(forms_index, "Participa")
        self.assertContains(submissions, "lucia@example.org")

    def test_the_edit_view_shows_the_form_fields(self):
        page = GetInvolvedPageFactory(parent=self.home)

        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Correo electrónico")
