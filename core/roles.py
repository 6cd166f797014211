"""The people who work in Soleil's admin, as Wagtail groups, and the review workflow.

- Editors write and edit content in every language and submit it for moderation.
- Moderators approve and publish.
- One translators' group per content language of the settings translates pages and
  snippets into that language with wagtail-localize's editor and publishes there;
  nothing else.

Page permissions are given on each language's home page, so a translator's rights
stop at the edge of their language's tree. Snippets (footer, vocabularies) have
model-wide permissions; `core.wagtail_hooks` keeps translators to their language.
`setup_roles()` can run any number of times: it adds what is missing and puts
back what was removed, and leaves other groups and grants alone.

The names below are stored as they are written here; each admin user reads them
in their own language (`shown_names`, `core.role_names`).
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.text import format_lazy
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.models import (
    SDG,
    EducationLevel,
    EventType,
    Footer,
    OrganisationForm,
    Sector,
    Territory,
    Topic,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Editorial review"
APPROVAL_TASK_NAME = "Moderator approval"
# The workflow and task Wagtail's own migrations create (the groups above are Wagtail's too).
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"


def translator_group(language_code):
    """The stored name of a language's translators' group: "Translators · French".

    It names the language as Django does in English (by its code when Django does not
    know it), so it reads in English as it is stored, like the other groups' names.
    """
    try:
        language = get_language_info(language_code)["name"]
    except KeyError:
        language = language_code
    return f"Translators · {language}"


def translator_groups():
    """{language code: stored group name}, one translators' group per content language."""
    return {code: translator_group(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def shown_names():
    """{stored name: how it reads in the active language} for the groups, workflows and
    tasks a Soleil site starts with, for the languages the settings list now."""
    return _shown_names(tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES))


@cache
def _shown_names(language_codes):
    names = {
        EDITORS: _("Editors"),
        MODERATORS: _("Moderators"),
        WORKFLOW_NAME: _("Editorial review"),
        APPROVAL_TASK_NAME: _("Moderator approval"),
        WAGTAIL_DEFAULT_WORKFLOW_NAME: _("Moderators approval"),
    }
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for language_code in language_codes:
        names[translator_group(language_code)] = format_lazy(
            _("Translators · {language}"), language=languages[language_code]
        )
    return names


SNIPPET_MODELS = [
    Footer,
    Sector,
    OrganisationForm,
    Territory,
    SDG,
    EducationLevel,
    EventType,
    Topic,
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
# The footer is saved as a draft (Editors) and published as pages are: by moderators,
# and by each translators' group in its own language.
MODERATOR_FOOTER_ACTIONS = ["publish", "lock", "unlock"]
TRANSLATOR_FOOTER_ACTIONS = ["publish"]


@dataclass
class RolesReport:
    groups: list
    homes_missing: list
    workflow: Workflow


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def model_permissions(models, actions):
    """Django permissions such as change_sector for each model and action."""
    content_types = ContentType.objects.get_for_models(*models).values()
    codenames = [f"{action}_{ct.model}" for ct in content_types for action in actions]
    return list(Permission.objects.filter(content_type__in=content_types, codename__in=codenames))


def media_permissions(group, image_actions, document_actions):
    root = Collection.get_first_root_node()
    for app_label, model, actions in (
        ("wagtailimages", "image", image_actions),
        ("wagtaildocs", "document", document_actions),
    ):
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root,
                permission=permission(app_label, f"{action}_{model}"),
            )


def page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )


def site_root():
    return Page.get_first_root_node()


def language_homes():
    """Each language's home page (the pages right under the tree's root), by language."""
    homes = site_root().get_children().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def setup_editors():
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        permission("wagtail_localize", "submit_translation"),
        *model_permissions(SNIPPET_MODELS, ["add", "change"]),
    )
    page_permissions(group, site_root(), EDITOR_PAGE_PERMISSIONS)
    media_permissions(group, ["add", "change", "choose"], ["add", "change", "choose"])
    return group


def setup_moderators():
    group, _created = Group.objects.get_or_create(name=MODERATORS)
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        permission("wagtail_localize", "submit_translation"),
        *model_permissions(SNIPPET_MODELS, ["add", "change", "delete"]),
        *model_permissions([Footer], MODERATOR_FOOTER_ACTIONS),
    )
    page_permissions(group, site_root(), MODERATOR_PAGE_PERMISSIONS)
    media_permissions(
        group, ["add", "change", "choose", "delete"], ["add", "change", "choose", "delete"]
    )
    return group


def setup_translators(homes):
    """One group per language; returns the groups and the languages without a home yet."""
    groups, missing = [], []
    for language_code, name in translator_groups().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            permission("wagtailadmin", "access_admin"),
            *model_permissions(SNIPPET_MODELS, ["change"]),
            *model_permissions([Footer], TRANSLATOR_FOOTER_ACTIONS),
        )
        # A translation may need its own file (a worksheet in its language) or image.
        media_permissions(group, ["choose"], ["add", "choose"])
        home = homes.get(language_code)
        if home is None:
            missing.append(language_code)
        else:
            page_permissions(group, home, TRANSLATOR_PAGE_PERMISSIONS)
        groups.append(group)
    return groups, missing


def setup_review_workflow(moderators, homes):
    """One workflow for every language's tree: a moderator approves before publication.

    Assigned to each home page, so it covers the translations in their own tree.
    """
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in homes.values():
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles():
    homes = language_homes()
    editors = setup_editors()
    moderators = setup_moderators()
    translators, missing = setup_translators(homes)
    workflow = setup_review_workflow(moderators, homes)
    return RolesReport(
        groups=[editors, moderators, *translators],
        homes_missing=missing,
        workflow=workflow,
    )
