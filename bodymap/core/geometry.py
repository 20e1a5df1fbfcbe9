"""Plain-Python plane geometry on polygons and polylines (no Qt, no numpy).

A point is ``(x, y)``; a polygon is a sequence of points whose last point joins the first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]
Polygon = tuple[Point, ...]
BBox = tuple[float, float, float, float]  # min_x, min_y, max_x, max_y


def bbox(points: Iterable[Point]) -> BBox:
    """Return the axis-aligned bounding box of some points."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        raise ValueError("bbox of no points")
    return min(xs), min(ys), max(xs), max(ys)


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    """Return the box that holds all the given boxes."""
    b = list(boxes)
    return (
        min(x[0] for x in b),
        min(x[1] for x in b),
        max(x[2] for x in b),
        max(x[3] for x in b),
    )


def in_bbox(point: Point, box: BBox, margin: float = 0.0) -> bool:
    """True when the point lies in the box grown by ``margin`` on every side."""
    x, y = point
    return box[0] - margin <= x <= box[2] + margin and box[1] - margin <= y <= box[3] + margin


def polygon_area(poly: Sequence[Point]) -> float:
    """Return the (unsigned) area of a simple polygon by the shoelace formula."""
    n = len(poly)
    s = 0.0
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


def point_in_polygon(point: Point, poly: Sequence[Point]) -> bool:
    """Even-odd test: True when the point is inside the polygon."""
    x, y = point
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y):
            x_cross = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < x_cross:
                inside = not inside
        j = i
    return inside


def point_in_polygons(point: Point, polys: Sequence[Sequence[Point]]) -> bool:
    """Even-odd test over several rings (holes cancel out)."""
    inside = False
    for poly in polys:
        if point_in_polygon(point, poly):
            inside = not inside
    return inside


def distance_to_segment(p: Point, a: Point, b: Point) -> float:
    """Return the distance from p to the segment ab."""
    px, py = p
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def distance_to_polyline(p: Point, line: Sequence[Point], closed: bool = False) -> float:
    """Return the distance from p to the nearest segment of a polyline (or polygon edge)."""
    n = len(line)
    if n == 0:
        return math.inf
    if n == 1:
        return math.hypot(p[0] - line[0][0], p[1] - line[0][1])
    best = math.inf
    last = n if closed else n - 1
    for i in range(last):
        d = distance_to_segment(p, line[i], line[(i + 1) % n])
        if d < best:
            best = d
    return best


def centroid(poly: Sequence[Point]) -> Point:
    """Return the area centroid of a simple polygon (vertex mean for degenerate ones)."""
    a = 0.0
    cx = 0.0
    cy = 0.0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-9:
        return sum(p[0] for p in poly) / n, sum(p[1] for p in poly) / n
    a *= 0.5
    return cx / (6.0 * a), cy / (6.0 * a)


def _decimate(poly: Sequence[Point], limit: int) -> Sequence[Point]:
    """Every k-th vertex, so at most about ``limit`` remain (enough for approximate distances)."""
    step = max(1, len(poly) // limit)
    return poly[::step] if step > 1 else poly


def interior_point(poly: Sequence[Point], steps: int = 9) -> Point:
    """Return a point well inside the polygon: roughly the one farthest from its edges.

    Used for labels and for tests that click "the middle" of a structure; for thin or
    curved shapes the centroid can fall outside, this never does. A coarse grid finds the
    best region, then a shrinking hill-climb refines it; distances use a decimated outline,
    which keeps this fast enough for start-up (a few milliseconds per shape).
    """
    x0, y0, x1, y1 = bbox(poly)
    coarse = _decimate(poly, 36)

    def depth(p: Point) -> float:
        if not point_in_polygon(p, coarse):
            return -1.0
        return distance_to_polyline(p, coarse, closed=True)

    best: Point = centroid(poly)
    best_d = depth(best)
    for i in range(steps):
        for j in range(steps):
            p = (x0 + (x1 - x0) * (i + 0.5) / steps, y0 + (y1 - y0) * (j + 0.5) / steps)
            d = depth(p)
            if d > best_d:
                best, best_d = p, d
    if best_d < 0:  # a sliver thinner than the grid: fall back to a vertex mean
        return best
    step = max(x1 - x0, y1 - y0) / steps / 2.0
    for _ in range(8):
        cx, cy = best
        improved = False
        for dx, dy in (
            (-step, 0.0),
            (step, 0.0),
            (0.0, -step),
            (0.0, step),
            (-step, -step),
            (step, step),
            (-step, step),
            (step, -step),
        ):
            p = (cx + dx, cy + dy)
            d = depth(p)
            if d > best_d:
                best, best_d, improved = p, d, True
        if not improved:
            step /= 2.0
    if not point_in_polygon(best, poly):  # the decimated outline cut a corner: stay exact
        inside = [
            (distance_to_polyline(p, coarse, closed=True), p)
            for p in (poly[k] for k in range(0, len(poly), max(1, len(poly) // 16)))
        ]
        cx, cy = best
        for _, (vx, vy) in sorted(inside, reverse=True):
            mid = ((cx + vx) / 2.0, (cy + vy) / 2.0)
            if point_in_polygon(mid, poly):
                return mid
    return best


def polyline_length(line: Sequence[Point]) -> float:
    """Return the length of an open polyline."""
    return sum(math.dist(line[i], line[i + 1]) for i in range(len(line) - 1))


def point_along(line: Sequence[Point], fraction: float) -> Point:
    """Return the point at ``fraction`` (0..1) of the way along a polyline."""
    total = polyline_length(line)
    if total == 0.0:
        return line[0]
    target = max(0.0, min(1.0, fraction)) * total
    run = 0.0
    for i in range(len(line) - 1):
        seg = math.dist(line[i], line[i + 1])
        if run + seg >= target and seg > 0:
            t = (target - run) / seg
            (ax, ay), (bx, by) = line[i], line[i + 1]
            return ax + t * (bx - ax), ay + t * (by - ay)
        run += seg
    return line[-1]
