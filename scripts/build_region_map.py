"""Build observatory/data/region_shapes.json, the region map's shapes, from openly
licensed source maps (a one-off, run again only to change the shapes).

The sources are the region maps of pygal (LGPL v3+; observatory/data/LICENSE.md):
fetch them with `pip download --no-deps -d /tmp/maps pygal_maps_es pygal_maps_fr`
and unzip both wheels in /tmp/maps. The script needs shapely, which Soleil itself
does not: run it from a throwaway virtualenv,

    python3 -m venv /tmp/mapvenv && /tmp/mapvenv/bin/pip install shapely
    /tmp/mapvenv/bin/python scripts/build_region_map.py /tmp/maps

Which source shapes make which region (France's 13 regions are dissolved from its
departments, the map's regions being those before 2016) and where the far-away
regions are drawn as insets are data: observatory/data/region_sources.json.
Paths are simplified and rounded to whole units of a 600-unit-wide map, so the
shipped file stays small.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "observatory" / "data"
SVG = "{http://www.w3.org/2000/svg}"
WIDTH = 600  # the width every country's mainland is scaled to
TOLERANCE = 0.6  # simplification, in output units
INSET_PADDING = 6
INSET_LABEL = 18  # room at the top of an inset for the region's name

TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def rings(d):
    """The closed rings of an SVG path, curves replaced by their end points."""
    tokens = TOKEN.findall(d)
    out, ring = [], []
    x = y = start_x = start_y = 0.0
    i, command = 0, None
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                if len(ring) > 2:
                    out.append(ring)
                ring, x, y = [], start_x, start_y
                continue
        upper = command.upper()
        args = [float(t) for t in tokens[i : i + ARGS[upper]]]
        i += ARGS[upper]
        relative = command.islower()
        if upper == "H":
            x = args[0] + (x if relative else 0)
        elif upper == "V":
            y = args[0] + (y if relative else 0)
        else:
            x, y = args[-2] + (x if relative else 0), args[-1] + (y if relative else 0)
        if upper == "M":
            if len(ring) > 2:
                out.append(ring)
            ring, start_x, start_y = [], x, y
            command = "l" if relative else "L"
        ring.append((x, y))
    if len(ring) > 2:
        out.append(ring)
    return out


def translation(element):
    match = re.search(r"translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)", element.get("transform", ""))
    return (float(match[1]), float(match[2])) if match else (0.0, 0.0)


def source_shapes(svg_file, prefix):
    """Source id -> shapely geometry, for every shape outside the source's own insets."""
    shapes = {}

    def walk(element, dx, dy):
        tx, ty = translation(element)
        dx, dy = dx + tx, dy + ty
        if element.get("id") == "paris-petite-couronne":
            return
        classes = element.get("class", "").split()
        if "departement" in classes:
            source_id = classes[0].removeprefix(prefix)
            polygons = [
                Polygon(ring).buffer(0)
                for path in element.iter(f"{SVG}path")
                for ring in rings(path.get("d"))
            ]
            shapes[source_id] = affinity.translate(unary_union(polygons), dx, dy)
            return
        for child in element:
            walk(child, dx, dy)

    walk(ET.parse(svg_file).getroot(), 0.0, 0.0)
    return shapes


def dissolve(parts):
    """One shape from neighbouring ones, the slivers between their borders closed."""
    return unary_union([part.buffer(0.6) for part in parts]).buffer(-0.6)


def fit(shape, frame):
    """The shape scaled and moved to sit in the frame (x, y, w, h), below its label."""
    x, y, w, h = frame
    y, h = y + INSET_LABEL, h - INSET_LABEL
    minx, miny, maxx, maxy = shape.bounds
    scale = min((w - 2 * INSET_PADDING) / (maxx - minx), (h - 2 * INSET_PADDING) / (maxy - miny))
    shape = affinity.scale(shape, scale, scale, origin=(minx, miny))
    minx, miny, maxx, maxy = shape.bounds
    return affinity.translate(
        shape, x + (w - (maxx - minx)) / 2 - minx, y + (h - (maxy - miny)) / 2 - miny
    )


def path(shape):
    """The shape as a compact SVG path: whole units, relative moves."""
    polygons = shape.geoms if isinstance(shape, MultiPolygon) else [shape]
    commands, pen = [], (0, 0)
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            points = [(round(px), round(py)) for px, py in ring.coords[:-1]]
            points = [p for k, p in enumerate(points) if p != points[k - 1]]
            if len(points) < 3:
                continue
            start = points[0]
            steps = [
                f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(points, points[1:], strict=False)
            ]
            commands.append(f"m{start[0] - pen[0]} {start[1] - pen[1]}l" + " ".join(steps) + "z")
            pen = start
    return "".join(commands).replace(" -", "-")


def build_country(source_dir, spec):
    shapes = source_shapes(source_dir / spec["file"], spec["class_prefix"])
    regions = {code: dissolve([shapes[i] for i in ids]) for code, ids in spec["regions"].items()}
    insets = spec["insets"]
    mainland = unary_union([shape for code, shape in regions.items() if code not in insets])
    minx, miny, maxx, maxy = mainland.bounds
    scale = WIDTH / (maxx - minx)

    def to_output(shape):
        shape = affinity.translate(shape, -minx, -miny)
        return affinity.scale(shape, scale, scale, origin=(0, 0))

    drawn = {}
    for code, shape in regions.items():
        shape = fit(shape, insets[code]) if code in insets else to_output(shape)
        drawn[code] = shape.simplify(TOLERANCE, preserve_topology=True)
    frames = [box(x, y, x + w, y + h) for x, y, w, h in insets.values()]
    everything = unary_union([*drawn.values(), *frames])
    _, _, right, bottom = everything.bounds
    return {
        "viewBox": f"-2 -2 {round(right) + 4} {round(bottom) + 4}",
        "insets": insets,
        "regions": {code: path(shape) for code, shape in sorted(drawn.items())},
    }


def main(source_dir):
    sources = json.loads((DATA / "region_sources.json").read_text())
    countries = {
        country: build_country(Path(source_dir), spec)
        for country, spec in sources["countries"].items()
    }
    out = DATA / "region_shapes.json"
    out.write_text(json.dumps({"countries": countries}, separators=(",", ":")) + "\n")
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes")
    for country, drawn in countries.items():
        print(country, drawn["viewBox"], len(drawn["regions"]), "regions")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/maps")
