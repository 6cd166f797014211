"""Logging a test client into the admin as someone who reads it in one language."""

from wagtail.users.models import UserProfile


def log_in_speaking(client, user, language_code):
    """`client`, logged in as `user`, who chose `language_code` as the admin's language in
    their account."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    client.force_login(user)
    return client
