from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class SectorViewSet(TermViewSet):
    model = Sector
    icon = "pick"


class OrganisationFormViewSet(TermViewSet):
    model = OrganisationForm
    icon = "group"


class TerritoryViewSet(TermViewSet):
    model = Territory
    icon = "site"
    list_display = ["name", "kind", "code", "parent", "locale"]
    list_filter = ["kind"]
    ordering = ["kind", "name"]


class SDGViewSet(TermViewSet):
    model = SDG
    icon = "globe"
    list_display = ["number", "name", "locale"]
    ordering = ["number"]


class EducationLevelViewSet(TermViewSet):
    model = EducationLevel
    icon = "user"


class EventTypeViewSet(TermViewSet):
    model = EventType
    icon = "date"


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 250
    items = [
        SectorViewSet,
        OrganisationFormViewSet,
        TerritoryViewSet,
        SDGViewSet,
        EducationLevelViewSet,
        EventTypeViewSet,
        TopicViewSet,
    ]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    menu_label = _("Footer")
    add_to_admin_menu = False


register_snippet(VocabularyGroup)
register_snippet(FooterViewSet)
