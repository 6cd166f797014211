"""RSS 2.0 and Atom feeds of one language's stories (/es/historias/rss/, …/atom/)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from stories.querysets import SOCIAL_RENDITION

FEED_LENGTH = 20


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route_name = "rss_feed"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index):
        return index

    def title(self, index):
        return f"{index.title} · Soleil"

    def link(self, index):
        return index.get_url(self.request)

    def feed_url(self, index):
        return index.get_url(self.request) + index.reverse_subpage(self.route_name)

    def description(self, index):
        return index.introduction

    def items(self, index):
        return index.stories().for_cards().newest_first()[:FEED_LENGTH]

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.summary

    def item_link(self, story):
        return story.get_url(self.request)

    def item_guid(self, story):
        return f"soleil-story-{story.translation_key}-{story.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, story):
        midday = datetime.datetime.combine(story.date_published, datetime.time(12))
        return timezone.make_aware(midday)

    def item_updateddate(self, story):
        return story.last_published_at or self.item_pubdate(story)

    def item_categories(self, story):
        return [sector.name for sector in story.sectors.all()]

    def _rendition(self, story):
        return story.hero_image.get_rendition(SOCIAL_RENDITION) if story.hero_image else None

    def item_enclosure_url(self, story):
        rendition = self._rendition(story)
        return self.request.build_absolute_uri(rendition.url) if rendition else None

    def item_enclosure_length(self, story):
        rendition = self._rendition(story)
        return str(rendition.file.size) if rendition else None

    def item_enclosure_mime_type(self, story):
        return "image/jpeg" if story.hero_image else None


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    route_name = "atom_feed"
    subtitle = StoryRssFeed.description
