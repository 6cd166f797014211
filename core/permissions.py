"""Which languages a user may work in, read from the page permissions they hold.

Wagtail's snippet permissions are model-wide; a translator's language is the tree
their group may edit (see `core.roles`). Someone who may edit from the root of
the tree (editors, moderators) works in every language.
"""

from wagtail.admin.menu import MenuItem
from wagtail.models import GroupPagePermission
from wagtail.permission_policies.pages import PagePermissionPolicy

# Reports on pages (downloads, translation coverage) are for whoever may do one of these.
PAGE_WORK = ["add", "change", "publish"]


def editable_locale_ids(user):
    """The ids of the locales whose pages the user may edit, or None for all of them."""
    if user.is_superuser:
        return None
    cached = getattr(user, "_soleil_editable_locale_ids", False)
    if cached is not False:
        return cached
    grants = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values_list("page__depth", "page__locale_id")
    locale_ids = set()
    for depth, locale_id in grants:
        if depth == 1:
            locale_ids = None
            break
        locale_ids.add(locale_id)
    user._soleil_editable_locale_ids = locale_ids
    return locale_ids


def can_work_in_locale(user, locale_id):
    locale_ids = editable_locale_ids(user)
    return locale_ids is None or locale_id in locale_ids


def works_on_pages(user):
    """Whether `user` may add, change or publish some page: every role, and not an
    account that may only open the admin."""
    return PagePermissionPolicy().user_has_any_permission(user, PAGE_WORK)


class PageWorkMenuItem(MenuItem):
    """A menu item shown only to who works on pages (the views check it too)."""

    def is_shown(self, request):
        return works_on_pages(request.user)
