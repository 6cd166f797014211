"""Demo illustrations drawn with Pillow at load time: nothing is downloaded."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

SKY_TOP = (255, 214, 140)
SKY_BOTTOM = (255, 246, 226)
SUN = (242, 182, 50)
HILLS = [(143, 188, 143), (31, 107, 82), (22, 77, 59)]
AWNINGS = [(214, 93, 57), (242, 182, 50), (31, 107, 82), (70, 110, 170)]


def _gradient(draw, width, height, top, bottom):
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def draw_market_sunrise(width=1600, height=1000):
    """A sun rising over hills and a row of market stalls, in Soleil's colours."""
    canvas = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
    _gradient(draw, width, height, SKY_TOP, SKY_BOTTOM)

    sun_x, sun_y, radius = width * 0.68, height * 0.42, height * 0.16
    for ray in range(16):
        angle = ray * math.pi / 8
        inner, outer = radius * 1.25, radius * 1.7
        draw.line(
            [
                (sun_x + inner * math.cos(angle), sun_y + inner * math.sin(angle)),
                (sun_x + outer * math.cos(angle), sun_y + outer * math.sin(angle)),
            ],
            fill=SUN,
            width=max(4, width // 200),
        )
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=SUN)

    for index, colour in enumerate(HILLS):
        base = height * (0.55 + index * 0.1)
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            wave = math.sin(x / width * math.pi * (1.5 + index) + index) * height * 0.05
            points.append((x, base + wave))
        points.append((width, height))
        draw.polygon(points, fill=colour)

    stall_width = width / 7
    ground = height * 0.92
    for index in range(6):
        left = stall_width * (0.5 + index)
        top = ground - height * 0.17
        draw.rectangle([left, top, left + stall_width * 0.8, ground], fill=(255, 250, 240))
        colour = AWNINGS[index % len(AWNINGS)]
        draw.polygon(
            [
                (left - 10, top),
                (left + stall_width * 0.4, top - height * 0.07),
                (left + stall_width * 0.8 + 10, top),
            ],
            fill=colour,
        )
        for fruit in range(4):
            cx = left + stall_width * (0.15 + fruit * 0.17)
            draw.ellipse([cx - 12, ground - 50, cx + 12, ground - 26], fill=AWNINGS[fruit])
    return canvas


def demo_image(title, description, drawing=draw_market_sunrise):
    """The demo image with this title, drawn and stored the first time only."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    drawing().save(buffer, format="PNG", optimize=True)
    filename = title.lower().replace(" ", "-").replace(":", "")[:60] + ".png"
    image = Image(title=title, description=description)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image
