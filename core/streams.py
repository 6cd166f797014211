"""StreamField data written by code, stored the way the admin stores it."""

from wagtail.fields import StreamField


def with_block_ids(model, field_name, raw_data):
    """`raw_data` with an id on every block and every list item.

    wagtail-localize keys each translated text by the ids on its path. List items
    written as bare values (`"steps": ["…", "…"]`, as code often writes them) get new
    ids every time they are loaded, so their translations could never be found again;
    the admin always saves them with ids, and so does this.
    """
    field = model._meta.get_field(field_name)
    value = field.to_python(raw_data)
    for _block in value:  # binding every block makes list values write their ids
        pass
    return field.get_prep_value(value)


def stream_fields(model):
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]
