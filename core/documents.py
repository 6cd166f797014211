"""Document downloads as Wagtail serves them, without a bogus Content-Encoding.

Wagtail's serve view (through `wagtail.utils.sendfile`) sets
`Content-Encoding` to the encoding `mimetypes` guesses from the file name,
which for an ordinary file is None: the header goes out as the text "None".
A document is sent exactly as it was uploaded, never compressed on the way,
so no Content-Encoding is sent at all — not even the "gzip" a name ending in
`.gz` would make `mimetypes` guess, which would make browsers unpack the
file the visitor asked for.
"""

from django.urls import path, re_path
from wagtail.documents.views import serve as wagtail_serve


def serve_document(request, document_id, document_filename):
    response = wagtail_serve.serve(request, document_id, document_filename)
    if response.has_header("Content-Encoding"):
        del response["Content-Encoding"]
    return response


# Wagtail's document URLs (wagtail.documents.urls), with the view above.
urlpatterns = [
    re_path(r"^(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        wagtail_serve.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]
