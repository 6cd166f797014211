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


def _landscape(width, height, sky_top=SKY_TOP, sky_bottom=SKY_BOTTOM, sun_x=0.68):
    """Sky, sun and three rows of hills: the background every demo illustration shares."""
    canvas = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
    _gradient(draw, width, height, sky_top, sky_bottom)

    sun_x, sun_y, radius = width * sun_x, height * 0.36, height * 0.14
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
    return canvas, draw


def draw_market_sunrise(width=1600, height=1000):
    """A sun rising over hills and a row of market stalls, in Soleil's colours."""
    canvas, draw = _landscape(width, height)
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


def draw_crops(width=1600, height=1000):
    canvas, draw = _landscape(width, height, sun_x=0.25)
    for row in range(5):
        y = height * (0.74 + row * 0.05)
        for x in range(60 + row * 20, width, 90):
            draw.ellipse([x - 18, y - 26, x + 18, y + 6], fill=(92, 160, 72))
            draw.line([(x, y), (x, y + 22)], fill=(60, 110, 50), width=5)
    return canvas


def draw_solar_roofs(width=1600, height=1000):
    canvas, draw = _landscape(width, height)
    for index in range(5):
        left, base = width * (0.08 + index * 0.18), height * 0.95
        draw.rectangle([left, base - 170, left + 220, base], fill=(250, 244, 230))
        draw.polygon(
            [(left - 20, base - 170), (left + 110, base - 260), (left + 240, base - 170)],
            fill=(52, 72, 110),
        )
        for cell in range(4):
            x = left + 30 + cell * 45
            draw.polygon(
                [(x, base - 180), (x + 35, base - 205), (x + 55, base - 190), (x + 20, base - 165)],
                fill=(120, 170, 220),
            )
    return canvas


def draw_houses(width=1600, height=1000):
    canvas, draw = _landscape(width, height, sun_x=0.3)
    colours = [(214, 93, 57), (242, 182, 50), (70, 110, 170), (255, 250, 240)]
    left, base = width * 0.12, height * 0.95
    for index in range(4):
        x = left + index * 300
        draw.rectangle([x, base - 300, x + 260, base], fill=colours[index % 4])
        draw.polygon(
            [(x - 15, base - 300), (x + 130, base - 400), (x + 275, base - 300)], fill=(22, 77, 59)
        )
        for window in range(2):
            draw.rectangle(
                [x + 40 + window * 120, base - 240, x + 100 + window * 120, base - 180],
                fill=(255, 236, 170),
            )
    draw.rectangle([width * 0.1, base - 20, width * 0.9, base], fill=(143, 188, 143))
    return canvas


def draw_wheels(width=1600, height=1000):
    canvas, draw = _landscape(width, height)
    for index in range(3):
        cx, cy = width * (0.2 + index * 0.3), height * 0.86
        for offset in (-80, 80):
            draw.ellipse(
                [cx + offset - 60, cy - 60, cx + offset + 60, cy + 60],
                outline=(29, 42, 47),
                width=10,
            )
        draw.line(
            [(cx - 80, cy), (cx, cy - 70), (cx + 80, cy), (cx - 80, cy)],
            fill=AWNINGS[index],
            width=10,
        )
        draw.rectangle([cx - 30, cy - 150, cx + 50, cy - 80], fill=AWNINGS[index + 1])
    return canvas


def draw_coins(width=1600, height=1000):
    canvas, draw = _landscape(width, height, sun_x=0.8)
    for stack in range(6):
        x, base = width * (0.1 + stack * 0.12), height * 0.95
        for coin in range(3 + stack):
            y = base - coin * 32
            draw.ellipse(
                [x, y - 30, x + 150, y + 10], fill=(242, 182, 50), outline=(138, 90, 0), width=4
            )
    return canvas


def draw_circles_of_care(width=1600, height=1000):
    canvas, draw = _landscape(width, height, sun_x=0.5)
    for index in range(7):
        angle = index * 2 * math.pi / 7
        cx = width * 0.5 + math.cos(angle) * 280
        cy = height * 0.78 + math.sin(angle) * 110
        draw.ellipse([cx - 40, cy - 110, cx + 40, cy - 30], fill=AWNINGS[index % 4])
        draw.rounded_rectangle(
            [cx - 55, cy - 30, cx + 55, cy + 90], radius=40, fill=AWNINGS[(index + 1) % 4]
        )
    return canvas


def draw_recycling(width=1600, height=1000):
    canvas, draw = _landscape(width, height)
    cx, cy, radius = width * 0.3, height * 0.78, 170
    for index in range(3):
        start = index * 120 + 10
        draw.arc(
            [cx - radius, cy - radius, cx + radius, cy + radius],
            start,
            start + 95,
            fill=(255, 250, 240),
            width=40,
        )
    for index in range(4):
        x = width * (0.55 + index * 0.1)
        draw.rounded_rectangle(
            [x, height * 0.7, x + 110, height * 0.95], radius=16, fill=AWNINGS[index]
        )
    return canvas


def draw_journey(width=1600, height=1000):
    canvas, draw = _landscape(width, height, sky_top=(170, 210, 235), sun_x=0.2)
    draw.line(
        [(width * 0.1, height * 0.98), (width * 0.5, height * 0.75), (width * 0.9, height * 0.7)],
        fill=(255, 250, 240),
        width=30,
    )
    for index in range(3):
        x = width * (0.55 + index * 0.13)
        draw.polygon(
            [(x, height * 0.72), (x + 70, height * 0.55), (x + 140, height * 0.72)],
            fill=AWNINGS[index],
        )
    return canvas


DRAWINGS = {
    "crops": draw_crops,
    "solar": draw_solar_roofs,
    "houses": draw_houses,
    "market": draw_market_sunrise,
    "wheels": draw_wheels,
    "coins": draw_coins,
    "care": draw_circles_of_care,
    "recycling": draw_recycling,
    "journey": draw_journey,
}


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
