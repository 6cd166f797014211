"""The admin refuses a weak password for a new account, and says why in the
administrator's own language."""

import html

import pytest

WEAK = "1234567"  # seven digits: short, among the most common, and only numbers

REASONS = {
    "es": [
        "La contraseña es demasiado corta. Debe contener por lo menos 8 caracteres.",
        "Esta contraseña es demasiado común.",
        "Esta contraseña es completamente numérica.",
    ],
    "fr": [
        "Ce mot de passe est trop court. Il doit contenir au minimum 8 caractères.",
        "Ce mot de passe est trop courant.",
        "Ce mot de passe est entièrement numérique.",
    ],
}


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_short_common_numeric_password_is_refused_with_every_reason(
    admin_speaking, django_user_model, language
):
    client = admin_speaking(language)

    response = client.post(
        "/admin/users/new/",
        {
            "username": "nueva",
            "email": "nueva@example.org",
            "first_name": "Nueva",
            "last_name": "Editora",
            "password1": WEAK,
            "password2": WEAK,
        },
    )

    assert response.status_code == 200  # the form again, not a redirect
    shown = html.unescape(response.text)
    for reason in REASONS[language]:
        assert reason in shown
    assert not django_user_model.objects.filter(username="nueva").exists()
