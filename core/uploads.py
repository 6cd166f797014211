"""The admin's upload forms say what is wrong with a refused file, and only that.

Wagtail's own forms, with two of its mistakes worked around (settings
`WAGTAILIMAGES_IMAGE_FORM_BASE` and `WAGTAILDOCS_DOCUMENT_FORM_BASE`):

- An image too large for Pillow (beyond about 179 million pixels, its guard
  against decompression bombs) was refused with an "unknown number" of pixels,
  and one under that guard but over our limit was decoded whole before being
  refused. Its size is now read from the file's header first: the refusal gives
  both counts, written as the editor's language writes numbers.
- A document refused for its size was also said to have a forbidden, empty
  extension (“”): `Document.clean()` checks the extension of a file the form
  had already turned away.

A document whose first bytes are not those of its declared type (a web page named
`.pdf`, a program named `.docx`) is refused: the allow-list alone checks only the
name's ending (`document_signature_matches`).

A file the server cannot write (its disk full, its folder read-only) is the form's
error too, not a server error: the file is written as the last step of the form's
validation (`StoredOnValidation`).

A truncated image is refused even after WeasyPrint has been imported to print a
module pack: its import tells Pillow to accept truncated images for the rest of
the process (`ImageFile.LOAD_TRUNCATED_IMAGES`), so the check sets Pillow's
default back while it reads the upload.
"""

import logging
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from filetype.types.archive import Pdf, Zip
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)

# What a document of each allowed type starts with, told by filetype (which Willow, and so
# Wagtail, already uses to tell images apart). Every Office file, OpenDocument or Office
# Open XML, is a ZIP; filetype's finer Word/Excel matchers only look at which member
# comes first, which differs from one office suite to another, so the ZIP is what is
# checked. A type not listed here (one an operator adds to WAGTAILDOCS_EXTENSIONS) has
# no signature to check.
DOCUMENT_SIGNATURES = {
    "pdf": Pdf(),
    "odt": Zip(),
    "ods": Zip(),
    "odp": Zip(),
    "docx": Zip(),
    "xlsx": Zip(),
    "pptx": Zip(),
}
# Enough for every signature above.
SIGNATURE_BYTES = 262

# Willow's name of an image format, where Pillow names it otherwise than in capitals.
PILLOW_FORMATS = {"heic": "HEIF"}


def header_size(image_file):
    """(width, height) as a Willow image file's header gives them, without decoding the
    image, or None when Pillow cannot read that header.

    Pillow's `Image.open` would refuse a very large image before telling its size; the
    format's own reader, called directly, only reads the header.
    """
    PILImage.init()
    format_name = image_file.format_name
    reader = PILImage.OPEN.get(PILLOW_FORMATS.get(format_name, format_name.upper()))
    if reader is None:
        return None
    image_file.f.seek(0)
    try:
        return reader[0](image_file.f).size
    except (OSError, SyntaxError, ValueError):
        return None
    finally:
        image_file.f.seek(0)


@contextmanager
def truncated_images_refused():
    accepted, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = accepted


class ImageFileField(WagtailImageField):
    @property
    def pixel_limit(self):
        """The most pixels an image may have: ours, or Pillow's own refusal if lower."""
        pillow = PILImage.MAX_IMAGE_PIXELS and 2 * PILImage.MAX_IMAGE_PIXELS
        return min((limit for limit in (self.max_image_pixels, pillow) if limit), default=None)

    def too_many_pixels(self, count, limit):
        return ValidationError(
            self.error_messages["file_too_many_pixels"]
            % {
                "num_pixels": number_format(count, force_grouping=True),
                "max_pixels_count": number_format(limit, force_grouping=True),
            },
            code="file_too_many_pixels",
        )

    def check_image_pixel_size(self, f):
        size = header_size(f.image)
        pixels = size[0] * size[1] if size else None
        limit = self.pixel_limit
        if pixels and limit and pixels > limit:
            raise self.too_many_pixels(pixels, limit)
        try:
            with truncated_images_refused():
                super().check_image_pixel_size(f)
        except ValidationError as error:
            if error.code != "file_too_many_pixels" or not pixels:
                raise
            # Over the limit only with all its frames counted (an animation).
            frames = f.image.get_frame_count()
            raise self.too_many_pixels(pixels * frames, self.max_image_pixels) from None
        except OSError as error:  # a truncated or damaged file
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class StoredOnValidation:
    """Writes a new file to storage as the form's last check, so that a storage that
    refuses it is the form's error, which Wagtail's upload views (add, add_multiple)
    show to the editor, rather than an exception from `save()`, which they would turn
    into a server error. Only a form valid in every other way writes its file, and
    the model's `save()` then finds it written (Django writes a file only once)."""

    def _post_clean(self):
        super()._post_clean()
        uploaded = self.cleaned_data.get("file")
        if self._errors or not isinstance(uploaded, UploadedFile):
            return
        try:
            self.instance.file.save(uploaded.name, uploaded, save=False)
        except OSError:
            logger.exception("An upload could not be written to the media storage.")
            self.add_error(
                "file",
                ValidationError(
                    _(
                        "The file could not be saved: the server's storage is full or cannot "
                        "be written to. Nothing was kept. Try again later, and if it happens "
                        "again, tell the site's administrator."
                    ),
                    code="storage_failed",
                ),
            )


class ImageForm(StoredOnValidation, BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wagtails = self.fields.get("file")
        if wagtails is not None:
            self.fields["file"] = ImageFileField(
                label=wagtails.label,
                required=wagtails.required,
                widget=wagtails.widget,
            )


def document_signature_matches(uploaded):
    """Whether the file starts as a file of the type its name declares (or its type has
    no signature to check)."""
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    signature = DOCUMENT_SIGNATURES.get(extension)
    if signature is None:
        return True
    uploaded.seek(0)
    head = uploaded.read(SIGNATURE_BYTES)
    uploaded.seek(0)
    return bool(signature.match(head))


class DocumentForm(StoredOnValidation, BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # A new file; on an edit that keeps the stored file, there is nothing to read.
        if isinstance(uploaded, UploadedFile) and not document_signature_matches(uploaded):
            extension = uploaded.name.rsplit(".", 1)[-1].lower()
            raise ValidationError(
                _(
                    "This file is not a real “%(extension)s” file: its content is of another "
                    "kind. Save it as %(extension)s from the program that made it, then "
                    "upload it again."
                ),
                code="signature_mismatch",
                params={"extension": extension},
            )
        return uploaded

    def _post_clean(self):
        refused = len(self._errors.get("file", []))
        super()._post_clean()
        if refused:
            del self._errors["file"][refused:]
