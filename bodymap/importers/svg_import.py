"""Read the body drawing (SVG) into plain geometry; the only module that imports svgelements.

Parsing the SVG costs far more than reading a small JSON file, so the flattened geometry
is cached in the user's cache folder under the SHA-256 of the SVG bytes: a changed SVG
has a new hash and is parsed again, so a stale cache is never served.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bodymap.core.atlas import SHAPE_CLASSES, Geometry, Shape
from bodymap.core.errors import BodymapError
from bodymap.core.geometry import Point, Polygon

CACHE_FORMAT = 3  # 3: curves flattened by flatness, not in 10 fixed steps
_FIX = "Regenerate it with python tools/draw_body.py, or reinstall bodymap"
_ID_RE = re.compile(rb'\sid\s*=\s*"([^"]*)"')


def _check_ids(data: bytes, label: str) -> None:
    seen: dict[bytes, int] = {}
    for m in _ID_RE.finditer(data):
        ident = m.group(1)
        line = data.count(b"\n", 0, m.start()) + 1
        if ident in seen:
            raise BodymapError(
                label,
                f"line {line}, id '{ident.decode(errors='replace')}'",
                f"this id is used twice (first on line {seen[ident]})",
                "Give every element a unique id in tools/draw_body.py, then run it again",
            )
        seen[ident] = line


def _check_xml(data: bytes, label: str) -> None:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        raise BodymapError(
            label,
            f"line {line}, column {col}",
            f"the file is not valid XML ({str(exc).split(':')[0]})",
            _FIX,
        ) from None
    if not root.tag.endswith("svg"):
        raise BodymapError(label, "root element", f"expected <svg>, found <{root.tag}>", _FIX)


# Curves are flattened to within this distance (drawing units; the body is 1860 units tall,
# so 0.1 unit is under a pixel even at the view's largest zoom). A fixed 10 steps per curve
# gave 72,000 points for the artwork; steps by flatness give 30,000, which halves the cost
# of reading the cache, building the scene's paths and painting them.
FLATNESS = 0.1
MAX_STEPS = 16


def _steps(seg: Any) -> int:
    """How many straight pieces keep a curve within FLATNESS of its true shape."""
    from svgelements import CubicBezier, QuadraticBezier

    if isinstance(seg, CubicBezier):
        p0, p1, p2, p3 = seg.start, seg.control1, seg.control2, seg.end
        dx = max(abs(p0.x - 2 * p1.x + p2.x), abs(p1.x - 2 * p2.x + p3.x))
        dy = max(abs(p0.y - 2 * p1.y + p2.y), abs(p1.y - 2 * p2.y + p3.y))
        # A cubic split into n pieces strays at most 3/4 * |second difference| / n^2.
        spread = 0.75 * math.hypot(dx, dy)
    elif isinstance(seg, QuadraticBezier):
        p0, p1, p2 = seg.start, seg.control, seg.end
        spread = 0.25 * math.hypot(p0.x - 2 * p1.x + p2.x, p0.y - 2 * p1.y + p2.y)
    else:
        return 10  # arcs (trigger-point circles): evenly spaced, so their centre stays exact
    return max(1, min(MAX_STEPS, math.ceil(math.sqrt(spread / FLATNESS))))


def _flatten(path: Any, closed_hint: bool) -> tuple[Polygon, ...]:
    from svgelements import Close, Line, Move

    rings: list[Polygon] = []
    current: list[Point] = []
    for seg in path:
        if isinstance(seg, Move):
            if len(current) > 1:
                rings.append(tuple(current))
            current = [(float(seg.end.x), float(seg.end.y))]
        elif isinstance(seg, (Line, Close)):
            if seg.end is not None:
                current.append((float(seg.end.x), float(seg.end.y)))
        else:
            n = _steps(seg)
            for i in range(1, n + 1):
                p = seg.point(i / n)
                current.append((float(p.x), float(p.y)))
    if len(current) > 1:
        rings.append(tuple(current))
    out: list[Polygon] = []
    for ring in rings:
        pts = [(round(x, 2), round(y, 2)) for x, y in ring]
        dedup = [pts[0]]
        for p in pts[1:]:
            if p != dedup[-1]:
                dedup.append(p)
        if closed_hint and len(dedup) > 2 and dedup[0] == dedup[-1]:
            dedup.pop()
        out.append(tuple(dedup))
    return tuple(out)


def parse_svg(data: bytes, label: str) -> Geometry:
    """Parse SVG bytes into Geometry, raising BodymapError naming the place and the fix."""
    _check_xml(data, label)
    _check_ids(data, label)
    from svgelements import SVG, Circle, Ellipse, Path
    from svgelements import Shape as SvgShape

    try:
        svg = SVG.parse(io.BytesIO(data), reify=True)
    except Exception as exc:  # svgelements raises many kinds; all mean "unreadable drawing"
        raise BodymapError(label, "", f"the drawing could not be read ({exc})", _FIX) from None
    vb = svg.viewbox
    view_box = (
        (float(vb.x), float(vb.y), float(vb.width), float(vb.height))
        if vb is not None
        else (0.0, 0.0, float(svg.width), float(svg.height))
    )
    shapes: dict[str, Shape] = {}
    order = 0
    for el in svg.elements():
        if not isinstance(el, SvgShape):
            continue
        values = el.values
        ident = values.get("id")
        if not ident:
            continue
        cls = values.get("class", "")
        if ident == "skin":
            cls = "skin"
        if cls not in SHAPE_CLASSES:
            continue
        attrs = {
            k[5:]: str(v) for k, v in values.items() if isinstance(k, str) and k.startswith("data-")
        }
        side = attrs.get("side")
        if side not in (None, "left", "right"):
            raise BodymapError(
                label, f"id '{ident}'", f"data-side is '{side}'", 'Use data-side="left" or "right"'
            )
        closed = cls not in ("nerve", "fibres")
        path = Path(el) if isinstance(el, (Circle, Ellipse)) or not isinstance(el, Path) else el
        rings = _flatten(path, closed)
        if not rings:
            raise BodymapError(label, f"id '{ident}'", "this element has no outline", _FIX)
        if not side:
            m = re.search(r"-(left|right)$", ident)
            side = m.group(1) if m else None
        shapes[ident] = Shape(
            key=ident,
            cls=cls,
            side=side,  # type: ignore[arg-type]
            rings=rings,
            closed=closed,
            order=order,
            attrs=attrs,
        )
        order += 1
    if not shapes:
        raise BodymapError(label, "", "no body map elements were found in the drawing", _FIX)
    return Geometry(source=label, view_box=view_box, shapes=shapes)


def _to_json(geo: Geometry, digest: str) -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "sha256": digest,
        "view_box": list(geo.view_box),
        "shapes": [
            [
                s.key,
                s.cls,
                s.side,
                [list(map(list, r)) for r in s.rings],
                s.closed,
                s.order,
                dict(s.attrs),
            ]
            for s in geo.shapes.values()
        ],
    }


def _from_json(data: dict[str, Any], label: str) -> Geometry:
    shapes = {
        key: Shape(
            key=key,
            cls=cls,
            side=side,
            rings=tuple(tuple((float(x), float(y)) for x, y in r) for r in rings),
            closed=closed,
            order=order,
            attrs=attrs,
        )
        for key, cls, side, rings, closed, order, attrs in data["shapes"]
    }
    x, y, w, h = data["view_box"]
    return Geometry(source=label, view_box=(x, y, w, h), shapes=shapes)


def load_geometry(data: bytes, label: str, cache_dir: Path | None = None) -> Geometry:
    """Geometry for these SVG bytes: from the hash-keyed cache, or parsed and cached."""
    digest = hashlib.sha256(data).hexdigest()
    cache_file = cache_dir / f"geometry-{digest[:32]}.json" if cache_dir else None
    if cache_file is not None and cache_file.is_file():
        try:
            cached = json.loads(cache_file.read_text("utf-8"))
            if cached.get("format") == CACHE_FORMAT and cached.get("sha256") == digest:
                return replace(_from_json(cached, label), digest=digest)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a damaged cache is only a cache: parse again and overwrite it
    geo = parse_svg(data, label)
    if cache_file is not None:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(_to_json(geo, digest), fh, separators=(",", ":"))
            os.replace(tmp, cache_file)
        except OSError:
            pass  # no writable cache folder: still works, only slower next time
    return replace(geo, digest=digest)
