"""What a site holds, in a form two databases can be compared by: `fingerprint()`.

    before = fingerprint()                                  # the site's database and media
    after = fingerprint(using="restored", media_root=path)  # a database added to connections
    for line in differences(before, after):
        print(line)

Sections, each a dict of plain values keyed by something a person can find again:
- pages: every page in every language (translation key and language) — title, slug,
  url_path, live, and a hash of its latest revision's content;
- revisions: how many revisions each page or snippet has;
- translations: wagtail-localize's translations — source, target language, enabled,
  when source and target were last synced, how many strings are translated;
- documents: each document's file — title, collection, size and sha256 of its bytes
  read from the media folder;
- downloads: the curriculum's download counts per page, resource, language and day;
- submissions: each form submission — page, time, and a hash of what was sent (the
  fingerprint never holds what a visitor wrote).
"""

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

from django.conf import settings
from django.db.models import Count
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from backups.manifest import sha256
from curriculum.models import DownloadCount

SECTIONS = ("pages", "revisions", "translations", "documents", "downloads", "submissions")


def content_hash(value):
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def pages(using):
    rows = Page.objects.using(using).values_list(
        "translation_key", "locale__language_code", "title", "slug", "url_path", "live",
        "latest_revision_id",
    )  # fmt: skip
    rows = list(rows)
    latest = dict(
        Revision.objects.using(using)
        .filter(id__in=[row[-1] for row in rows if row[-1]])
        .values_list("id", "content")
    )
    return {
        f"{key} {language}": {
            "title": title,
            "slug": slug,
            "url_path": url_path,
            "live": live,
            "latest_revision": content_hash(latest[revision]) if revision else None,
        }
        for key, language, title, slug, url_path, live, revision in rows
    }


def revisions(using):
    counted = (
        Revision.objects.using(using)
        .values_list("base_content_type__app_label", "base_content_type__model", "object_id")
        .annotate(count=Count("id"))
    )
    return {f"{app}.{model} #{object_id}": count for app, model, object_id, count in counted}


def translated_strings(using, translations):
    """For each translation, how many of its source's strings have a translation."""
    segments = defaultdict(set)
    for source, string, context in StringSegment.objects.using(using).values_list(
        "source_id", "string_id", "context_id"
    ):
        segments[source].add((string, context))
    done = defaultdict(set)
    for locale, string, context in StringTranslation.objects.using(using).values_list(
        "locale_id", "translation_of_id", "context_id"
    ):
        done[locale].add((string, context))
    return {
        translation.pk: len(segments[translation.source_id] & done[translation.target_locale_id])
        for translation in translations
    }


def iso(moment):
    return moment.isoformat() if moment else None


def translations(using):
    found = list(
        Translation.objects.using(using).select_related(
            "source__locale", "source__specific_content_type", "target_locale"
        )
    )
    strings = translated_strings(using, found)
    return {
        f"{t.source.object_id} {t.source.locale.language_code}→{t.target_locale.language_code}": {
            "type": t.source.specific_content_type.model,
            "enabled": t.enabled,
            "source_synced": iso(t.source.last_updated_at),
            "source_content": content_hash(t.source.content_json),
            "strings_translated": strings[t.pk],
            "translations_updated": iso(t.translations_last_updated_at),
            "target_updated": iso(t.destination_last_updated_at),
        }
        for t in found
    }  # fmt: skip


def documents(using, media_root):
    found = {}
    for title, name, collection in (
        get_document_model().objects.using(using).values_list("title", "file", "collection__name")
    ):
        path = Path(media_root) / name
        found[name] = {
            "title": title,
            "collection": collection,
            "size": path.stat().st_size if path.is_file() else None,
            "sha256": sha256(path) if path.is_file() else "missing",
        }
    return found


def downloads(using):
    totals = Counter()
    for url_path, resource, language, day, count in DownloadCount.objects.using(using).values_list(
        "page__url_path", "resource_id", "language", "day", "count"
    ):
        totals[f"{url_path} {resource or 'pack'} {language} {day.isoformat()}"] += count
    return dict(totals)


def submissions(using):
    return {
        f"#{pk} {url_path} {submitted.isoformat()}": content_hash(data)
        for pk, url_path, submitted, data in FormSubmission.objects.using(using).values_list(
            "id", "page__url_path", "submit_time", "form_data"
        )
    }


def fingerprint(using="default", media_root=None):
    return {
        "pages": pages(using),
        "revisions": revisions(using),
        "translations": translations(using),
        "documents": documents(using, media_root or settings.MEDIA_ROOT),
        "downloads": downloads(using),
        "submissions": submissions(using),
    }


def summary(print_):
    """The figures of a fingerprint, as the drill prints them."""
    return {
        "pages": len(print_["pages"]),
        "languages": len({key.rsplit(" ", 1)[1] for key in print_["pages"]}),
        "revisions": sum(print_["revisions"].values()),
        "translations": len(print_["translations"]),
        "documents": len(print_["documents"]),
        "bytes": sum(document["size"] or 0 for document in print_["documents"].values()),
        "downloads": sum(print_["downloads"].values()),
        "submissions": len(print_["submissions"]),
    }


def differences(first, second, names=("first", "second")):
    """One line per difference between two fingerprints; none when they are equal."""
    lines = []
    for section in SECTIONS:
        a, b = first.get(section, {}), second.get(section, {})
        for key in sorted(a.keys() - b.keys()):
            lines.append(f"{section}: {key} only in the {names[0]}")
        for key in sorted(b.keys() - a.keys()):
            lines.append(f"{section}: {key} only in the {names[1]}")
        for key in sorted(a.keys() & b.keys()):
            if a[key] == b[key]:
                continue
            if isinstance(a[key], dict) and isinstance(b[key], dict):
                changed = sorted(
                    k for k in a[key].keys() | b[key].keys() if a[key].get(k) != b[key].get(k)
                )
                for field in changed:
                    lines.append(
                        f"{section}: {key} {field}: {a[key].get(field)!r} in the {names[0]}, "
                        f"{b[key].get(field)!r} in the {names[1]}"
                    )
            else:
                lines.append(
                    f"{section}: {key}: {a[key]!r} in the {names[0]}, {b[key]!r} in the {names[1]}"
                )
    return lines
