"""A page's inline objects and many-to-many links, given in memory, written in bulk.

Pages are built the way an editor's form builds them: `page.key_figures = [...]`,
`page.sectors = [...]` (django-modelcluster keeps them in memory until the page is
saved). `attach` sets every such relation, empty where none is given, so that reading
them — for a revision, the search index or the reference index — never queries the
database. Once the pages have ids, `insert_children` writes them, one query per
relation per batch, and gives each inline object its id, as saving the page would.
"""

from functools import cache

from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations


@cache
def relation_names(model):
    names = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
    return tuple(names + [field.name for field in get_all_child_m2m_relations(model)])


def attach(page, **relations):
    """Give `page` every inline relation and ParentalManyToManyField of its model:
    the ones in `relations`, and empty lists for the others (comments…)."""
    names = relation_names(type(page))
    unknown = set(relations) - set(names)
    if unknown:
        raise ValueError(f"{type(page).__name__} has no relation {', '.join(sorted(unknown))}.")
    for name in names:
        setattr(page, name, relations.get(name, []))


def insert_children(model, pages):
    for relation in get_all_child_relations(model):
        _insert_inline_objects(relation, pages)
    for field in get_all_child_m2m_relations(model):
        _insert_links(field, pages)


def _insert_inline_objects(relation, pages):
    parent_key = relation.field.attname
    objects = []
    for page in pages:
        for child in getattr(page, relation.get_accessor_name()).all():
            setattr(child, parent_key, page.pk)
            objects.append(child)
    if objects:
        relation.related_model.objects.bulk_create(objects)


def _insert_links(field, pages):
    through = field.remote_field.through
    source = f"{field.m2m_field_name()}_id"
    target = f"{field.m2m_reverse_field_name()}_id"
    links = [
        through(**{source: page.pk, target: term.pk})
        for page in pages
        for term in getattr(page, field.name).all()
    ]
    if links:
        through.objects.bulk_create(links)
