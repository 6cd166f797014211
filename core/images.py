"""Card images: the image joined to its page, its renditions prefetched in one query."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def with_images(queryset, field, *specs):
    """`queryset` with each page's image (`field`) and that image's renditions for `specs`:
    one query for the renditions of every image in the list, none for the images."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return queryset.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
