"""Where each bar of a chart goes: the geometry of the server-drawn SVG bar charts.

Each row takes two lines: its label, then its bar with the count written after it, so
long labels never overlap a bar and the number never depends on colour to be read.
"""

from dataclasses import dataclass

from django import template

register = template.Library()

WIDTH = 640
ROW_HEIGHT = 46
BAR_HEIGHT = 16
LABEL_BASELINE = 16
BAR_TOP = 22
VALUE_GAP = 6
VALUE_ROOM = 60  # the count written after the longest bar


@dataclass(frozen=True)
class Bar:
    row: object
    width: int
    label_y: int
    bar_y: int
    value_x: int
    value_y: int


@dataclass(frozen=True)
class Layout:
    bars: list
    width: int = WIDTH
    height: int = 0
    bar_height: int = BAR_HEIGHT


@register.simple_tag
def chart_bars(figure):
    """The bars of `figure`, the longest as wide as the chart allows."""
    longest = WIDTH - VALUE_ROOM
    largest = figure.largest or 1
    bars = []
    for index, row in enumerate(figure.rows):
        top = index * ROW_HEIGHT
        width = round(longest * row.count / largest)
        if row.count and width < 2:
            width = 2
        bars.append(
            Bar(
                row=row,
                width=width,
                label_y=top + LABEL_BASELINE,
                bar_y=top + BAR_TOP,
                value_x=width + VALUE_GAP,
                value_y=top + BAR_TOP + BAR_HEIGHT - 3,
            )
        )
    return Layout(bars=bars, height=max(ROW_HEIGHT * len(bars), ROW_HEIGHT))
