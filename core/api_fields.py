"""How the open-data API (`opendata.api`, Wagtail's API v2) shows what a page links to.

A vocabulary term is shown by its name and slug, never by its id: an id means nothing
outside this database, while the slug is what the listings' filters and the API's own
filters take (`?sector=agroecologia`). Terms and tags are read from what the listing
prefetched, so a page of results costs the same few queries whatever its length.

    api_fields = [APIField("sectors", serializer=TermsField()), …]
"""

from rest_framework import serializers


def term_data(term):
    return {"name": term.name, "slug": term.slug}


class TermField(serializers.Field):
    """One term (a foreign key): `{"name": …, "slug": …}`, or null."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, term):
        return term_data(term)


class TerritoryField(TermField):
    """A territory, with its ISO code, its kind and the country a region belongs to."""

    def to_representation(self, territory):
        data = {**term_data(territory), "code": territory.code, "kind": territory.kind}
        parent = territory.parent if territory.parent_id else None
        data["country"] = term_data(parent) if parent else None
        return data


class TermsField(serializers.Field):
    """Several terms (a many-to-many): a list of `{"name": …, "slug": …}`, in the order
    the filters list them."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return list(getattr(instance, self.field_name).all())

    def to_representation(self, terms):
        return [term_data(term) for term in sorted(terms, key=lambda term: term.filter_order)]


class SDGsField(TermsField):
    """Sustainable Development Goals, with their numbers, in number order."""

    def to_representation(self, goals):
        return [
            {**term_data(goal), "number": goal.number}
            for goal in sorted(goals, key=lambda goal: goal.number)
        ]


class TagNamesField(serializers.Field):
    """Free tags by name (Wagtail's own tag field orders them in SQL: a query a page)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return sorted(tag.name for tag in getattr(instance, self.field_name).all())

    def to_representation(self, names):
        return names
