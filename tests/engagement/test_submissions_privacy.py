"""Who reads what people sent through the form: moderators and editors, not translators."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission

from core.roles import MODERATORS, translator_group


def member(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_a_translator_edits_the_form_but_cannot_read_its_submissions(
    client, django_user_model, french_form_page
):
    call_command("setup_roles", stdout=StringIO())
    FormSubmission.objects.create(
        page=french_form_page, form_data={"correo_electronico": "lea@example.org"}
    )
    translator = member(django_user_model, translator_group("fr"), "thomas")
    moderator = member(django_user_model, MODERATORS, "mario")
    submissions = f"/admin/forms/submissions/{french_form_page.pk}/"

    client.force_login(translator)
    assert client.get(f"/admin/pages/{french_form_page.pk}/edit/").status_code == 200
    assert "lea@example.org" not in client.get(submissions, follow=True).content.decode()
    assert "Participer" not in client.get("/admin/forms/").content.decode()

    client.force_login(moderator)
    assert "lea@example.org" in client.get(submissions).content.decode()
