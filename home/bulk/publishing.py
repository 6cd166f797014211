"""What publishing leaves behind, for a batch of pages at once.

`page.save_revision().publish()` stores the page's content as a revision, makes it
the page's latest and live revision and writes "published" in the page's history.
The same rows here: a `Revision` per page whose `content` is `serializable_data()`
(the JSON the admin's edit view and wagtail-localize read a page back from), the
page row pointed at it, and a `wagtail.publish` log entry.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageLogEntry, Revision


def publish(pages, rows):
    """Revisions and history for `pages` (specific, with their inline objects' ids);
    `rows` are their `wagtailcore_page` rows, updated to point at the revisions."""
    page_type = ContentType.objects.get_for_model(Page).pk
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type_id=page_type,
                object_id=str(page.pk),
                created_at=page.last_published_at,
                object_str=str(page),
                content=page.serializable_data(),
            )
            for page in pages
        ]
    )
    for page, row, revision in zip(pages, rows, revisions, strict=True):
        for each in (page, row):
            each.latest_revision_id = each.live_revision_id = revision.pk
    Page.objects.bulk_update(rows, ["latest_revision", "live_revision"])
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                content_type_id=page.content_type_id,
                page_id=page.pk,
                revision_id=revision.pk,
                label=page.title,
                action="wagtail.publish",
                timestamp=page.last_published_at,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
        ]
    )
