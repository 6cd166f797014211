"""`python -m drill.site`: what the drill asks for, as JSON (the database's pages)."""

import json

from drill.django_setup import setup


def addresses():
    from curriculum.models import ModulePage
    from engagement.models import GetInvolvedPage
    from home.models import HomePage
    from stories.models import StoryIndexPage, StoryPage

    story = StoryPage.objects.live().filter(locale__language_code="es").order_by("pk").first()
    modules = ModulePage.objects.live().order_by("pk")
    return {
        "home": HomePage.objects.live().get(locale__language_code="es").url,
        "index": StoryIndexPage.objects.live().get(locale__language_code="es").url,
        "story": story.url,
        "story_id": story.pk,
        "form": GetInvolvedPage.objects.live().get(locale__language_code="es").url,
        "packs": [f"{module.url}pack/" for module in modules[:3]],
    }


if __name__ == "__main__":
    setup()
    print(json.dumps(addresses()))
