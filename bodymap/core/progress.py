"""A client's progress across sessions: painted area and peak intensity by date (Qt-free).

The painted area is measured on a grid of small square cells over the drawing: a cell is
painted when its centre lies within half a stroke's width of the stroke's centre line and
inside the body's outline. Strokes are applied in order, so a later stroke paints over an
earlier one (its intensity wins) and an eraser stroke clears what lies under it, exactly
as the drawing shows it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import Point, Polygon, point_in_polygons, polygon_area
from bodymap.core.session_file import Session
from bodymap.core.state import Stroke

CELL = 4.0  # drawing units; the real figure is 1860 units tall, so a cell is about 4 mm

Cell = tuple[int, int]


def paint_cells(strokes: Iterable[Stroke], cell: float = CELL) -> dict[Cell, int]:
    """The grid cells the drawing covers, each with the intensity painted last on it."""
    painted: dict[Cell, int] = {}
    for stroke in strokes:
        covered = _stroke_cells(stroke, cell)
        if stroke.erase:
            for c in covered:
                painted.pop(c, None)
        else:
            for c in covered:
                painted[c] = stroke.intensity
    return painted


def _stroke_cells(stroke: Stroke, cell: float) -> set[Cell]:
    r = stroke.width / 2.0
    pts = stroke.points
    segments = list(itertools.pairwise(pts)) or [(pts[0], pts[0])]
    out: set[Cell] = set()
    for a, b in segments:
        i0 = math.floor((min(a[0], b[0]) - r) / cell)
        i1 = math.floor((max(a[0], b[0]) + r) / cell)
        j0 = math.floor((min(a[1], b[1]) - r) / cell)
        j1 = math.floor((max(a[1], b[1]) + r) / cell)
        for i in range(i0, i1 + 1):
            x = (i + 0.5) * cell
            for j in range(j0, j1 + 1):
                if (i, j) not in out and _dist_sq((x, (j + 0.5) * cell), a, b) <= r * r:
                    out.add((i, j))
    return out


def _dist_sq(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length_sq = dx * dx + dy * dy
    t = (
        0.0
        if length_sq == 0
        else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length_sq))
    )
    ex, ey = p[0] - (ax + t * dx), p[1] - (ay + t * dy)
    return ex * ex + ey * ey


def painted_percent(
    strokes: Sequence[Stroke], body: Sequence[Polygon], cell: float = CELL
) -> float:
    """The painted area inside the body outline as a percentage of the body's area."""
    body_area = sum(polygon_area(r) for r in body)
    if body_area <= 0:
        return 0.0
    inside = sum(
        1
        for (i, j) in paint_cells(strokes, cell)
        if point_in_polygons(((i + 0.5) * cell, (j + 0.5) * cell), body)
    )
    return min(100.0, 100.0 * inside * cell * cell / body_area)


def peak_intensity(
    strokes: Sequence[Stroke], body: Sequence[Polygon] | None = None, cell: float = CELL
) -> int:
    """The highest intensity still visible on the body (0 when nothing is painted)."""
    cells = paint_cells(strokes, cell)
    values = [
        v
        for (i, j), v in cells.items()
        if body is None or point_in_polygons(((i + 0.5) * cell, (j + 0.5) * cell), body)
    ]
    return max(values, default=0)


def body_outline(atlas: Atlas) -> tuple[Polygon, ...]:
    """The rings of the body's silhouette (the back of the body) in the atlas."""
    return atlas.geometry.shapes["skin"].rings


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    """One session's figures: its date, painted area (% of the back) and peak intensity."""

    date: str
    painted_percent: float
    peak_intensity: int
    label: str = ""  # the file name, for messages and tooltips


def progress(sessions: Iterable[tuple[str, Session]], atlas: Atlas) -> list[ProgressPoint]:
    """Figures for several sessions, sorted by date (then by label)."""
    body = body_outline(atlas)
    points = [
        ProgressPoint(
            s.date,
            round(painted_percent(s.strokes, body), 1),
            peak_intensity(s.strokes, body),
            label,
        )
        for label, s in sessions
    ]
    return sorted(points, key=lambda p: (p.date, p.label))


def clients(sessions: Iterable[Session]) -> list[str]:
    """The distinct client names given in some sessions (unnamed sessions are ignored)."""
    return sorted({s.client.strip() for s in sessions if s.client.strip()}, key=str.casefold)


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _change(what: str, first: float, last: float, unit: str) -> str:
    if math.isclose(first, last, abs_tol=0.05):
        return f"{what} stayed at {last:g}{unit}"
    verb = "fell" if last < first else "rose"
    return f"{what} {verb} from {first:g}{unit} to {last:g}{unit}"


def summarise(points: Sequence[ProgressPoint]) -> str:
    """One plain sentence on the trend from the first session to the last."""
    if not points:
        return "No sessions to compare."
    if len(points) == 1:
        p = points[0]
        return (
            f"One session ({_day(p.date)}): {p.painted_percent:g} % of the back painted, "
            f"peak intensity {p.peak_intensity} out of 10. Add more sessions to see a trend."
        )
    first, last = points[0], points[-1]
    area = _change("the painted area", first.painted_percent, last.painted_percent, " %")
    peak = _change("the peak intensity", first.peak_intensity, last.peak_intensity, "/10")
    better = (
        last.painted_percent <= first.painted_percent
        and last.peak_intensity <= first.peak_intensity
        and (last.painted_percent, last.peak_intensity)
        != (first.painted_percent, first.peak_intensity)
    )
    worse = (
        last.painted_percent >= first.painted_percent
        and last.peak_intensity >= first.peak_intensity
        and (last.painted_percent, last.peak_intensity)
        != (first.painted_percent, first.peak_intensity)
    )
    verdict = (
        " Both are lower: the pain covers less of the body and is milder."
        if better
        else " Both are higher than at the start."
        if worse
        else ""
    )
    return (
        f"From {_day(first.date)} to {_day(last.date)} ({len(points)} sessions), "
        f"{area} and {peak}.{verdict}"
    )
