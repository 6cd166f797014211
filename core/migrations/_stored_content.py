"""Renaming a page type's fields everywhere Wagtail and wagtail-localize keep them.

`RenameField` renames a column; the rows keep their values. But copies of a page's
content, and paths into it, are also kept under the fields' names, and each would
lose an editor's or a translator's work if left behind:

- revisions (drafts, scheduled versions, history): a draft saved before the rename
  would be published, or an old version restored, without the field's value;
- wagtail-localize's translation sources, from which translations are rebuilt: the
  next translation of a page would come out without it;
- wagtail-localize's translation contexts, which tie each translated text to the
  field it translates: the translation editor could not place the text (it fails),
  and the next sync would give the translated page the source language's text;
- the reference index ("Usage", the delete confirmation), and comments, which point
  at the field they were made on.

A page type's migration renames them beside its `RenameField`s (frozen here, beside
the migrations, like `_vocabulary_terms`):

    migrations.RunPython(*renaming("home", "homepage", fields={"hero_image_alt": "hero_alt"}))

`fields` renames the page's own fields; `children` the fields of the orderables of a
child relation, `{"story_links": {"page": "campaign", "story": "page"}}` — all of a
relation's names at once, so two fields may swap names.
"""

import functools
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from wagtail.models import ReferenceIndex
from wagtail_localize.models import TranslationContext

BATCH = 500


def renaming(app_label, model_name, fields=None, children=None):
    """(forwards, backwards) for `RunPython`."""
    fields, children = fields or {}, children or {}
    backwards_children = {relation: _inverse(names) for relation, names in children.items()}
    forwards = functools.partial(
        rename_stored_fields, app_label=app_label, model_name=model_name,
        fields=fields, children=children,
    )
    backwards = functools.partial(
        rename_stored_fields, app_label=app_label, model_name=model_name,
        fields=_inverse(fields), children=backwards_children,
    )
    return forwards, backwards


def _inverse(names):
    return {new: old for old, new in names.items()}


def rename_stored_fields(apps, schema_editor, *, app_label, model_name, fields, children):
    content_type = (
        apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label=app_label, model=model_name)
        .first()
    )
    if content_type is None:
        return  # no page of this type was ever made: nothing kept anywhere
    _rename_in_revisions(apps, content_type, fields, children)
    _rename_in_translation_sources(apps, content_type, fields, children)
    _rename_translation_contexts(apps, content_type, fields)
    _rename_references(apps, content_type, fields, children)
    _rename_comments(apps, content_type, fields)


def _renamed(names, key):
    return names.get(key, key)


def _renamed_content(content, fields, children):
    """`content` (a page's serialised data) with the fields renamed, or None if it
    names none of them."""
    changed = False
    if any(name in content for name in fields):
        content = {_renamed(fields, key): value for key, value in content.items()}
        changed = True
    for relation, names in children.items():
        items = content.get(relation)
        if items:
            content[relation] = [
                {_renamed(names, key): value for key, value in item.items()} for item in items
            ]
            changed = True
    for comment in content.get("comments") or []:
        path = comment.get("contentpath", "")
        head, dot, rest = path.partition(".")
        if head in fields:
            comment["contentpath"] = fields[head] + dot + rest
            changed = True
    return content if changed else None


def _rename_in_revisions(apps, content_type, fields, children):
    Revision = apps.get_model("wagtailcore", "Revision")
    revisions = Revision.objects.filter(content_type_id=content_type.pk).only("pk", "content")
    changed = []
    for revision in revisions.iterator(chunk_size=BATCH):
        content = _renamed_content(revision.content, fields, children)
        if content is not None:
            revision.content = content
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=BATCH)


def _rename_in_translation_sources(apps, content_type, fields, children):
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    sources = TranslationSource.objects.filter(specific_content_type_id=content_type.pk)
    changed = []
    for source in sources.only("pk", "content_json").iterator(chunk_size=BATCH):
        content = _renamed_content(json.loads(source.content_json), fields, children)
        if content is not None:
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            changed.append(source)
    TranslationSource.objects.bulk_update(changed, ["content_json"], batch_size=BATCH)


def _rename_translation_contexts(apps, content_type, fields):
    """A translatable text field's context is named after the field (`hero_alt`)."""
    if not fields:
        return
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    Context = apps.get_model("wagtail_localize", "TranslationContext")
    objects = TranslationSource.objects.filter(specific_content_type_id=content_type.pk)
    contexts = Context.objects.filter(object__in=objects.values("object"), path__in=list(fields))
    for context in contexts:
        context.path = fields[context.path]
        context.field_path = _renamed(fields, context.field_path)
        context.path_id = TranslationContext._get_path_id(context.path)
        context.save(update_fields=["path", "field_path", "path_id"])


def _renamed_path(path, fields, children):
    """A reference's path with its field renamed: `hero_image`, or
    `story_links.item.story` (model path) / `story_links.12.story` (content path)."""
    parts = path.split(".")
    if parts[0] in children and len(parts) > 2:
        parts[2] = _renamed(children[parts[0]], parts[2])
    else:
        parts[0] = _renamed(fields, parts[0])
    return ".".join(parts)


def _rename_references(apps, content_type, fields, children):
    Reference = apps.get_model("wagtailcore", "ReferenceIndex")
    references = list(
        Reference.objects.filter(content_type_id=content_type.pk).filter(
            _under(list(fields) + list(children), "model_path")
        )
    )
    for reference in references:
        reference.model_path = _renamed_path(reference.model_path, fields, children)
        reference.content_path = _renamed_path(reference.content_path, fields, children)
        reference.content_path_hash = ReferenceIndex._get_content_path_hash(
            reference.content_path
        )
    Reference.objects.bulk_update(
        references, ["model_path", "content_path", "content_path_hash"], batch_size=BATCH
    )


def _rename_comments(apps, content_type, fields):
    if not fields:
        return
    Comment = apps.get_model("wagtailcore", "Comment")
    comments = Comment.objects.filter(page__content_type_id=content_type.pk).filter(
        _under(list(fields), "contentpath")
    )
    for comment in comments:
        head, dot, rest = comment.contentpath.partition(".")
        comment.contentpath = fields[head] + dot + rest
        comment.save(update_fields=["contentpath"])


def _under(names, path_field):
    """Rows whose `path_field` is one of `names` or a path inside one of them."""
    condition = Q(pk__in=[])
    for name in names:
        condition |= Q(**{path_field: name}) | Q(**{f"{path_field}__startswith": name + "."})
    return condition
