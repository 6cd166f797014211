from wagtail import hooks

from core.permissions import editable_locale_ids


@hooks.register("filter_form_submissions_for_user")
def keep_submissions_from_translators(user, form_pages):
    """Form submissions hold people's e-mail addresses: translators may edit a form's
    wording in their language, but only editors and moderators, who work across
    languages, read what people sent."""
    if editable_locale_ids(user) is not None:
        return form_pages.none()
    return form_pages
