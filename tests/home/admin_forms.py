"""The page edit form's data as a browser would post it, read from the form's HTML.

The admin draws StreamFields with JavaScript, so their inputs are not in the HTML
`querydict_from_html` reads: they are added from the page's own values, in the
format the blocks' `value_from_datadict` expects.
"""

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html, rich_text


def _items(prefix, items, typed):
    """A StreamBlock's children (`typed`) or a ListBlock's items."""
    data = {f"{prefix}-count": str(len(items))}
    for position, item in enumerate(items):
        item_prefix = f"{prefix}-{position}"
        data[f"{item_prefix}-id"] = item.id or ""
        data[f"{item_prefix}-order"] = str(position)
        data[f"{item_prefix}-deleted"] = ""
        if typed:
            data[f"{item_prefix}-type"] = item.block_type
        data.update(block_data(item.block, item.value, f"{item_prefix}-value"))
    return data


def block_data(block, value, prefix):
    if isinstance(block, blocks.StreamBlock):
        return _items(prefix, list(value), typed=True)
    if isinstance(block, blocks.ListBlock):
        return _items(prefix, list(value.bound_blocks), typed=False)
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data.update(block_data(child, value.get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, blocks.RichTextBlock):
        return {prefix: rich_text(value.source, features=block.features)}
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(value.pk) if value else ""}
    return {prefix: "" if value is None else str(value)}


def edit_form_data(response, page):
    """What the edit form posts for `page`, with "Publish" pressed."""
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            for key, value in block_data(
                field.stream_block, getattr(page, field.name), field.name
            ).items():
                data[key] = value
    data["action-publish"] = "action-publish"
    return data
