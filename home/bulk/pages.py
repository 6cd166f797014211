"""A page in every language at once: the original and its translations, as
`copy_for_translation` makes them (same translation key, the target locale), live
and published."""

import datetime
import uuid

from home.bulk.children import attach

TRANSLATION_DELAY_HOURS = (2, 96)


def page_family(material, model, titles, published_at):
    """`{language: page}`: an unsaved `model` page per language, titled `titles[language]`,
    sharing a new translation key. The original is published at `published_at`, each
    translation some hours later (never after now). Slugs come from the titles; the
    tree places them (`tree.ChildSlots`)."""
    key = uuid.uuid4()
    pages = {}
    for language in material.languages:
        if pages:
            hours = material.rng.randint(*TRANSLATION_DELAY_HOURS)
            when = min(published_at + datetime.timedelta(hours=hours), material.now)
        else:
            when = published_at
        pages[language] = model(
            locale=material.locales[language],
            translation_key=key,
            title=titles[language],
            draft_title=titles[language],
            slug=titles[language],
            live=True,
            has_unpublished_changes=False,
            first_published_at=when,
            last_published_at=when,
            latest_revision_created_at=when,
            show_in_menus=False,
        )
    return pages


def fill(pages, shared, localized, relations):
    """Set on each language's page the `shared` fields (synchronised: numbers, dates,
    images, URLs), the `localized` ones (a `Said` per field: texts, and vocabulary
    terms in the page's language) and `relations` (a function of the language and
    the page giving `attach()` its inline objects and many-to-many links)."""
    for language, page in pages.items():
        for name, value in shared.items():
            setattr(page, name, value)
        for name, said in localized.items():
            setattr(page, name, said[language])
        attach(page, **relations(language, page))


def moment(material, day, earliest_hour=8, latest_hour=20):
    """An aware instant on `day`, at a random time of the working day, not after now."""
    when = datetime.datetime.combine(
        day,
        datetime.time(
            material.rng.randint(earliest_hour, latest_hour - 1), material.rng.randrange(60)
        ),
        tzinfo=datetime.UTC,
    )
    return min(when, material.now)


class PageBuilder:
    """Makes one page in every language per `build()` call (see `stories.StoryBuilder`)."""

    model = None
    label = ""

    def __init__(self, material):
        self.material = material

    def build(self):
        raise NotImplementedError

    def added(self, families):
        """Called once a batch of families is written, their pages with ids."""
