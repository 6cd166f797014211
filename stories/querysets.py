from django.db.models import Count, F, Prefetch, Q

from core.images import with_images
from core.models import Sector
from core.querysets import PageQuerySet

CARD_RENDITION = "fill-640x400|format-webp"
# What a card shows and how it is linked, ordered and matched with its translations: a
# story row is wide, and reading a dozen of them whole is most of what a listing costs.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "content_type",
    "translation_key",
    "locale__language_code",
    "summary",
    "city",
    "territory__name",
    "territory__parent",
    "hero_image",
    "date_published",
    "first_published_at",
    "last_published_at",
)
SOCIAL_RENDITION = "fill-1200x630|format-jpeg"


class StoryPageQuerySet(PageQuerySet):
    def for_cards(self):
        """What a story card shows, in a fixed number of queries: no body, the
        card's image rendition, sectors and territory fetched with the list."""
        cards = (
            self.select_related("territory", "locale")
            .only(*CARD_FIELDS)
            .prefetch_related(Prefetch("sectors", queryset=Sector.objects.only("name")))
        )
        return with_images(cards, "hero_image", CARD_RENDITION, SOCIAL_RENDITION)

    def for_serving(self):
        """What a story page shows of the story itself, in a fixed number of queries."""
        return self.select_related(
            "locale", "organisation_form", "territory", "hero_image"
        ).prefetch_related("sectors", "sdgs", "key_figures", "tags")

    def newest_first(self):
        return self.order_by("-date_published", "-first_published_at", "-pk")

    def sharing_sectors_or_tags_with(self, story):
        """Live stories of the same language, the most alike first: a shared sector
        weighs twice a shared tag."""
        sector_ids = [sector.pk for sector in story.sectors.all()]
        tag_ids = [tag.pk for tag in story.tags.all()]
        return (
            self.live()
            .public()
            .filter(locale_id=story.locale_id)
            .exclude(pk=story.pk)
            .annotate(
                shared_sectors=Count("sectors", filter=Q(sectors__in=sector_ids), distinct=True),
                shared_tags=Count(
                    "tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True
                ),
            )
            .annotate(likeness=2 * F("shared_sectors") + F("shared_tags"))
            .filter(likeness__gt=0)
            .order_by("-likeness", "-date_published", "-pk")
        )
