"""chart.svg: median server time per page type, one bar per database and size.

Written by hand (no plotting library is installed, and none is needed for bars).
The time axis is logarithmic: the sitemap takes a hundred times longer than a
feed, and on a linear axis the pages people read would be slivers. Every bar
carries its value in milliseconds, so nothing has to be read off the axis.
"""

import math
from xml.sax.saxutils import escape

from bench.page_types import PAGE_TYPES
from bench.targets import combo_name

WIDTH = 980
LEFT, RIGHT, TOP, BOTTOM = 200, 70, 92, 44
BAR, BAR_GAP, GROUP_GAP = 10, 2, 14
COLOURS = {
    ("sqlite", "small"): "#9ecae1",
    ("sqlite", "bench"): "#2171b5",
    ("postgresql", "small"): "#fdae6b",
    ("postgresql", "bench"): "#d94801",
}
FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'


def log_range(values):
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    return low, high if high > low else low * 10


def ticks(low, high):
    found, decade = [], low
    while decade <= high:
        found += [decade * step for step in (1, 2, 5) if decade * step <= high]
        decade *= 10
    return found


class Axis:
    def __init__(self, low, high):
        self.low, self.high = math.log10(low), math.log10(high)
        self.span = WIDTH - LEFT - RIGHT

    def x(self, value):
        return LEFT + (math.log10(value) - self.low) / (self.high - self.low) * self.span


def text(x, y, content, size=12, anchor="start", weight="normal", fill="#222"):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}" {FONT}>{escape(str(content))}</text>'
    )


def grid(axis, low, high, bottom):
    parts = []
    for tick in ticks(low, high):
        x = axis.x(tick)
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{bottom}" stroke="#ddd"/>'
        )
        tick_label = f"{tick:g}" if tick < 1000 else f"{tick / 1000:g} s"
        parts.append(text(x, bottom + 16, tick_label, size=11, anchor="middle", fill="#555"))
    return parts


def legend(series):
    parts, x = [], LEFT
    for combo in series:
        colour = COLOURS.get((combo["database"], combo["size"]), "#888")
        parts.append(f'<rect x="{x}" y="{TOP - 40}" width="14" height="14" fill="{colour}"/>')
        parts.append(text(x + 20, TOP - 28, combo_name(combo), size=12))
        x += 190
    return parts


def group(axis, page_type, series, y):
    parts = [
        text(LEFT - 10, y + len(series) * (BAR + BAR_GAP) / 2 + 4, page_type.label, anchor="end")
    ]
    for combo in series:
        measured = combo["server"].get(page_type.key)
        if measured:
            value = measured["median_ms"]
            end = axis.x(value)
            colour = COLOURS.get((combo["database"], combo["size"]), "#888")
            parts.append(
                f'<rect x="{LEFT}" y="{y}" width="{max(end - LEFT, 1):.1f}" height="{BAR}" '
                f'fill="{colour}"><title>{escape(combo_name(combo))}: {value:.1f} ms</title></rect>'
            )
            parts.append(text(end + 4, y + BAR - 1, f"{value:.1f}", size=10, fill="#333"))
        y += BAR + BAR_GAP
    return parts, y + GROUP_GAP


def svg(results):
    series = [combo for combo in results["combos"] if combo.get("server")]
    values = [m["median_ms"] for c in series for m in c["server"].values()] or [1, 10]
    low, high = log_range(values)
    axis = Axis(low, high)
    body, y = [], TOP
    for page_type in PAGE_TYPES:
        parts, y = group(axis, page_type, series, y)
        body += parts
    height = y + BOTTOM
    title = "Median server time per page type — in-process, page cache off (ms, log scale)"
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}">',
            f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>',
            text(LEFT, 24, title, size=15, weight="bold"),
            *grid(axis, low, high, y - GROUP_GAP + 4),
            *legend(series),
            *body,
            text(LEFT + axis.span / 2, height - 6, "milliseconds", size=11, anchor="middle"),
            "</svg>",
            "",
        ]
    )
