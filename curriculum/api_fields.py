"""A module's files as the open-data API shows them (`ModulePage.api_fields`).

Only files anyone may download are listed: a document in a private collection (one
with a view restriction, on itself or a collection above it) is left out, as the
module page itself would refuse it to an anonymous visitor. Download counts are never
shown: they are the editors' aggregate, not open data.
"""

from rest_framework import serializers
from wagtail.models import CollectionViewRestriction

RESTRICTED_PATHS = "_soleil_restricted_collection_paths"


def restricted_collection_paths(context):
    """The tree paths of the collections with a view restriction, read once a request."""
    if RESTRICTED_PATHS not in context:
        context[RESTRICTED_PATHS] = tuple(
            CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        )
    return context[RESTRICTED_PATHS]


class PublicResourcesField(serializers.Field):
    """`[{"kind", "description", "format", "url"}]`: the module's public files."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, module):
        return module

    def to_representation(self, module):
        restricted = restricted_collection_paths(self.context)
        request = self.context.get("request")
        page_url = module.get_full_url(request)
        files = []
        for resource in module.resources.all():
            document = resource.document
            if document is None or document.collection.path.startswith(restricted):
                continue
            files.append(
                {
                    "kind": resource.kind,
                    "description": resource.description,
                    "format": resource.file_format,
                    "url": f"{page_url}resources/{resource.pk}/" if page_url else None,
                }
            )
        return files
