"""The region map of the observatory: Spain's and France's regions shaded by how
many initiatives each has, each region a link to the story listing filtered by it.

    from observatory.map import MapRegion, region_map

    context["region_map"] = region_map(
        MapRegion(code=t.code, name=t.name, count=n, url=...) for t, n in counted
    )
    {% include "observatory/region_map.html" with map=region_map %}

Regions may be `MapRegion`s, any object with `code`, `name`, `count` and `url`, or
dicts with those keys. The shapes come from observatory/data/region_shapes.json
(built by scripts/build_region_map.py; sources and licence in
observatory/data/LICENSE.md): a region the caller does not pass is drawn unshaded
and without a link; a code without a shape is left out. No query is made here.

Shades run from `map-shade-0` (no initiative) to `map-shade-4` (the most), in
equal steps of the largest count, so the region with the most initiatives always
has the darkest shade; the legend gives each shade's range of counts, so colour
is never the only cue.
"""

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

SHAPES_FILE = Path(__file__).resolve().parent / "data" / "region_shapes.json"
TOP_SHADE = 4
COUNTRY_NAMES = {"ES": _("Spain"), "FR": _("France")}


@dataclass(frozen=True)
class MapRegion:
    code: str
    name: str
    count: int
    url: str


@cache
def shapes():
    """The shipped shapes: {"countries": {code: {viewBox, insets, regions}}}."""
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


def as_region(region):
    if isinstance(region, MapRegion):
        return region
    if isinstance(region, Mapping):
        fields = region
    else:
        fields = {name: getattr(region, name) for name in ("code", "name", "count", "url")}
    return MapRegion(
        code=str(fields["code"]),
        name=str(fields["name"]),
        count=max(int(fields["count"] or 0), 0),
        url=str(fields["url"] or ""),
    )


def shade(count, largest):
    """0 for none; otherwise 1 to TOP_SHADE, in equal steps of the largest count."""
    if count <= 0 or largest <= 0:
        return 0
    return min(TOP_SHADE, math.ceil(TOP_SHADE * count / largest))


def legend(largest):
    """Each shade in use with the range of counts it stands for, lightest first."""
    entries = [{"shade": 0, "low": 0, "high": 0}]
    for level in range(1, TOP_SHADE + 1):
        low = (level - 1) * largest // TOP_SHADE + 1
        high = level * largest // TOP_SHADE
        if low <= high:
            entries.append({"shade": level, "low": low, "high": high})
    return entries


def region_map(regions: Iterable) -> dict:
    """What templates/observatory/region_map.html draws: one map per country."""
    given = {region.code: region for region in map(as_region, regions)}
    largest = max((region.count for region in given.values()), default=0)
    countries = []
    for country, drawn in shapes()["countries"].items():
        insets = drawn["insets"]
        country_shapes = []
        for code, path in drawn["regions"].items():
            region = given.get(code)
            count = region.count if region else 0
            country_shapes.append(
                {
                    "code": code,
                    "name": region.name if region else code,
                    "count": count,
                    "url": region.url if region else "",
                    "path": path,
                    "shade": shade(count, largest),
                    "inset": dict(zip(("x", "y", "width", "height"), insets[code], strict=True))
                    if code in insets
                    else None,
                }
            )
        countries.append(
            {
                "code": country,
                "name": COUNTRY_NAMES.get(country, country),
                "view_box": drawn["viewBox"],
                "regions": country_shapes,
            }
        )
    return {"countries": countries, "legend": legend(largest), "largest": largest}
