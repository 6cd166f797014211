"""Wagtail's reference index for a batch of new pages.

The reference index (`wagtailcore_referenceindex`) says which pages use an image, a
vocabulary term, a tag or another page; the admin reads it for "Usage" and before
deleting something in use. Saving a page updates it with
`ReferenceIndex.create_or_update_for_object`, two queries a page; the pages here are
new, so the same rows are found with the same extraction and written in one
`bulk_create`.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex


def index_references(model, pages):
    if not pages or not ReferenceIndex.is_indexed(model):
        return
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ReferenceIndex._get_base_content_type(model)
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for page in pages
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(page)
            )
        ]
    )
