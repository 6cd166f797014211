"""Pages an editor chooses to show on another page: the stories, events and modules
the home page puts forward, what a campaign gathers, a story's related stories, the
initiatives taking part in an event.

Each kind is an orderable of two fields: a `ParentalKey` named after the page that
shows the choices (`home`, `campaign`, `story`, `event`) and `page`, the page chosen,
of the type that fits (`chosen_page_field`). Django cannot narrow a foreign key a
subclass inherits, so each kind declares both; the rest is shared here:

    class CampaignStory(ChosenPage):
        campaign = ParentalKey(CampaignPage, related_name="story_links", on_delete=CASCADE)
        page = chosen_page_field("stories.StoryPage", _("story"))

Editors pick several pages in one chooser:
`MultipleChooserPanel("story_links", chooser_field_name="page", label=...)`.
The choices are synchronised across translations (`SynchronizedField`), so they
point at the source language's pages; `core.translation.localized_choices` shows
each visitor their translations:

    localized_choices(chosen_pages(campaign.story_links), campaign.locale, ...)
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


def chosen_page_field(page_type, verbose_name):
    """The page chosen, of `page_type`; deleting that page takes the choice away."""
    return models.ForeignKey(
        page_type, verbose_name=verbose_name, on_delete=models.CASCADE, related_name="+"
    )


class ChosenPage(Orderable):
    """One page an editor chose, in the order they put it."""

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


def chosen_pages(links):
    """The pages chosen in `links` (a page's `story_links`…), in the editor's order,
    fetched with the links in one query."""
    return [link.page for link in links.select_related("page")]
