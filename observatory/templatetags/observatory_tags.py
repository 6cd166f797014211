"""Where each bar of a chart goes: the geometry of the server-drawn SVG bar charts.

Each row takes two lines: its label, then its bar with the count written after it, so
long labels never overlap a bar and the number never depends on colour to be read.
Heights are in pixels and bar lengths in percent of the chart's width, with no viewBox:
the chart fills a phone or a desktop column while its text keeps the page's size.
"""

from dataclasses import dataclass

from django import template

register = template.Library()

ROW_HEIGHT = 46
BAR_HEIGHT = 16
LABEL_BASELINE = 16
BAR_TOP = 22
VALUE_GAP = 6
LONGEST_PERCENT = 88  # the rest of the width is for the count written after the bar


@dataclass(frozen=True)
class Bar:
    row: object
    percent: float
    label_y: int
    bar_y: int
    value_y: int


@dataclass(frozen=True)
class Layout:
    bars: list
    height: int = 0
    bar_height: int = BAR_HEIGHT
    value_gap: int = VALUE_GAP


@register.simple_tag
def chart_bars(figure):
    """The bars of `figure`, the longest as wide as the chart allows."""
    largest = figure.largest or 1
    bars = []
    for index, row in enumerate(figure.rows):
        top = index * ROW_HEIGHT
        percent = round(LONGEST_PERCENT * row.count / largest, 2)
        if row.count:
            percent = max(percent, 0.5)  # a count of one among thousands still shows
        bars.append(
            Bar(
                row=row,
                percent=percent,
                label_y=top + LABEL_BASELINE,
                bar_y=top + BAR_TOP,
                value_y=top + BAR_TOP + BAR_HEIGHT - 3,
            )
        )
    return Layout(bars=bars, height=max(ROW_HEIGHT * len(bars), ROW_HEIGHT))
