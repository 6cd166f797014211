"""Lists of pages worked out from the whole site — the latest stories, the next events,
the stories most alike to one — kept as ids until the content changes.

Finding them reads through every page of a kind; showing them needs only their
cards. The ids found are kept (`core.freshness.cached`, which also follows the
clock: the next events change when one ends), the cards are fetched each time,
in the order found.
"""

from core import freshness


def kept_pages(*key, find, cards):
    """The pages `find()` returns, fetched with the `cards` queryset, in the same order."""
    ids = freshness.cached(*key, compute=lambda: [page.pk for page in find()])
    if not ids:
        return []
    found = {page.pk: page for page in cards.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]
