"""What makes cached pages fresh: every change a visitor could see starts a new generation.

Connected once, in `CoreConfig.ready`. A change to any of these, in any language,
starts a new content generation (`core.freshness.advance`), so every cached page,
listing count and remembered menu made before it is no longer used:

- a page published, unpublished (by hand or by the scheduler), moved, renamed,
  created live or deleted — a draft saved or autosaved changes nothing public
  and keeps the cache;
- a snippet (vocabulary terms, the footer…), a site setting (social media…),
  an image, a document, a collection or its privacy, a page's privacy, a site,
  a locale, a tag, a promoted search result — but not what Wagtail records by
  itself on first use (a file's size and hash, a setting's default row), nor a
  snippet's draft, revision or lock: the footer changes for visitors when a draft
  of it is published, a term when it is saved.

Then, when a caching proxy or CDN is configured (`WAGTAILFRONTENDCACHE`), the
pages that show a published or unpublished page are purged there too
(`core.frontend_purge`).
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import freshness

# What Wagtail writes on a page, or on a snippet with revisions, when a draft is saved,
# autosaved or locked: the live object stays as it is, so the cache does too.
DRAFT_BOOKKEEPING_FIELDS = frozenset(
    {
        "wagtail_admin_comments",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)

# What Wagtail stores about a file the first time it is used: nothing visitors see changes.
FILE_BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})

SEEN_BY_VISITORS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.PageViewRestriction",
    "wagtailsearchpromotions.SearchPromotion",
    "wagtailsearchpromotions.Query",
    "taggit.Tag",
]


def content_changed(**kwargs):
    freshness.advance()


def content_saved(update_fields=None, **kwargs):
    if update_fields is not None and DRAFT_BOOKKEEPING_FIELDS.issuperset(update_fields):
        return
    freshness.advance()


def file_saved(update_fields=None, **kwargs):
    if update_fields is not None and FILE_BOOKKEEPING_FIELDS.issuperset(update_fields):
        return
    freshness.advance()


def setting_saved(created=False, **kwargs):
    """A site setting is created with its defaults the first time a page reads it:
    only a change made afterwards is seen by visitors."""
    if not created:
        freshness.advance()


def models_seen_by_visitors():
    """The models listed above, the footer and every vocabulary (snippets are registered
    with Wagtail only after the apps are ready, so they are named here)."""
    from core.models import Footer
    from core.models.taxonomy import Term

    models = {apps.get_model(label) for label in SEEN_BY_VISITORS}
    models.add(Footer)
    models.update(model for model in apps.get_models() if issubclass(model, Term))
    return models


def connect_saves(models, receiver, prefix):
    for model in models:
        post_save.connect(receiver, sender=model, dispatch_uid=f"{prefix}-{model._meta}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"gone-{model._meta}")


def connect():
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    connect_saves([m for m in apps.get_models() if issubclass(m, Page)], content_saved, "page")
    connect_saves(models_seen_by_visitors(), content_saved, "seen")
    connect_saves([get_image_model(), get_document_model()], file_saved, "file")
    connect_saves(settings_registry, setting_saved, "setting")
    page_published.connect(content_changed, dispatch_uid="fresh-published")
    page_unpublished.connect(content_changed, dispatch_uid="fresh-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="fresh-moved")
