"""A chart's figures as files others can reuse: CSV for spreadsheets, JSON for programs.

Both hold the rows the page shows — label, count, and the absolute address of the
listing that lists what the row counts — and, for the events, the count of each type.
The figures are published under the site's licence, CC BY-SA 4.0, which the JSON states.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

LICENCE = {"name": "CC BY-SA 4.0", "url": "https://creativecommons.org/licenses/by-sa/4.0/"}


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def parts_text(row):
    return "; ".join(f"{label}: {count}" for label, count, _url in row.parts)


def csv_response(figure, request, filename):
    out = io.StringIO()
    writer = csv.writer(out)
    header = [_("label"), _("count"), _("listing")]
    writer.writerow(header + ([figure.parts_label] if figure.parts_label else []))
    for row in figure.rows:
        line = [row.label, row.count, absolute(request, row.url)]
        writer.writerow(line + ([parts_text(row)] if figure.parts_label else []))
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(figure, request, filename, about):
    """`about`: what was counted (language, country, year), written before the rows."""

    def row_data(row):
        data = {"label": row.label, "count": row.count, "url": absolute(request, row.url) or None}
        if figure.parts_label:
            data["parts"] = [
                {"label": label, "count": count, "url": absolute(request, url) or None}
                for label, count, url in row.parts
            ]
        return data

    data = {
        "title": figure.title,
        "description": figure.description,
        **about,
        "total": figure.total,
        "licence": LICENCE,
        "source": request.build_absolute_uri(request.path),
        "rows": [row_data(row) for row in figure.rows],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
