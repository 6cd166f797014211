"""A few dozen small illustrations the bulk pages share, drawn once with Pillow.

They reuse the demo's drawings (`home.demo.images`), small, some mirrored or
tinted, so listings have several images to show and renditions to make, without
storing thousands of files.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.images import get_image_model

from home.demo.images import DRAWINGS

IMAGE_COUNT = 36
TITLE = "Soleil bulk illustration {number:02d}: {motif}"
SIZE = (800, 500)
TINTS = [None, None, (255, 190, 120), (140, 180, 255)]


def bulk_images(count=IMAGE_COUNT):
    """The illustrations, the ones already stored reused."""
    Image = get_image_model()
    stored = {image.title: image for image in Image.objects.filter(title__startswith="Soleil bulk")}
    motifs = sorted(DRAWINGS)
    images = []
    for number in range(1, count + 1):
        motif = motifs[(number - 1) % len(motifs)]
        title = TITLE.format(number=number, motif=motif)
        images.append(stored.get(title) or _drawn(title, motif, number))
    return images


def _drawn(title, motif, number):
    variant = (number - 1) // len(DRAWINGS) % len(TINTS)
    picture = DRAWINGS[motif](*SIZE)
    if variant % 2:
        picture = ImageOps.mirror(picture)
    if TINTS[variant]:
        picture = PILImage.blend(picture, PILImage.new("RGB", SIZE, TINTS[variant]), 0.25)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    image = get_image_model()(title=title, description=f"Illustration: {motif}")
    image.file = ImageFile(buffer, name=f"soleil-bulk-{number:02d}.jpg")
    image.save()
    return image
