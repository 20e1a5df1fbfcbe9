"""Pain-drawing geometry: strokes rasterised onto a grid of cells over the body (Qt-free).

The grid covers the skin silhouette's bounding box in drawing coordinates with square cells
(4 units by default). A stroke paints every cell whose centre lies within half its width of
the stroke's centre line; strokes are applied in order, an eraser stroke removes cells and a
paint stroke raises a cell to its intensity (per-cell maximum). Only cells inside the skin
silhouette count, so painted area is a share of the body's back.

Public API (used by the candidate ranking, the handout and the progress chart):

* ``body_raster(atlas)`` -> ``BodyRaster`` (cached per atlas): the grid, the body's cells,
  the midline, and ``polygon_cells(rings)`` / ``zone_cells(muscle, side, kind)``.
* ``paint_map(atlas, strokes)`` -> ``PainMap``: cell -> intensity, per-side cells.
* ``summarise(atlas, strokes)`` -> ``PainSummary``: painted area as % of the back,
  peak intensity, sides painted.
* ``stroke_side(points, midline)``: the body side a stroke falls on.
"""

from __future__ import annotations

import itertools
import math
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import Point, Polygon
from bodymap.core.ids import Side
from bodymap.core.state import Stroke

Cell = tuple[int, int]  # (column, row)
CELL_SIZE = 4.0


@dataclass(frozen=True, slots=True)
class Grid:
    """Square cells over a box: cell (i, j) spans x0 + i*size .. x0 + (i+1)*size."""

    x0: float
    y0: float
    size: float
    cols: int
    rows: int

    def centre(self, cell: Cell) -> Point:
        """The centre of a cell in drawing coordinates."""
        return self.x0 + (cell[0] + 0.5) * self.size, self.y0 + (cell[1] + 0.5) * self.size

    def cell_of(self, p: Point) -> Cell:
        """The cell holding a point (may lie outside the grid)."""
        return math.floor((p[0] - self.x0) / self.size), math.floor((p[1] - self.y0) / self.size)

    @property
    def cell_area(self) -> float:
        """Area of one cell in square drawing units."""
        return self.size * self.size


def polygon_cells(grid: Grid, rings: Iterable[Sequence[Point]]) -> frozenset[Cell]:
    """Cells whose centre lies inside the rings (even-odd, so holes stay empty)."""
    edges: list[tuple[Point, Point]] = []
    for ring in rings:
        n = len(ring)
        edges.extend((ring[k], ring[(k + 1) % n]) for k in range(n))
    if not edges:
        return frozenset()
    ys = [p[1] for e in edges for p in e]
    j0 = max(0, math.floor((min(ys) - grid.y0) / grid.size))
    j1 = min(grid.rows - 1, math.floor((max(ys) - grid.y0) / grid.size))
    out: list[Cell] = []
    for j in range(j0, j1 + 1):
        y = grid.y0 + (j + 0.5) * grid.size
        xs = sorted(
            a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            for a, b in edges
            if (a[1] > y) != (b[1] > y)
        )
        for k in range(0, len(xs) - 1, 2):
            # Centres x0 + (i + 0.5) * size inside [xs[k], xs[k+1]).
            i_start = max(0, math.ceil((xs[k] - grid.x0) / grid.size - 0.5))
            i_end = min(grid.cols - 1, math.ceil((xs[k + 1] - grid.x0) / grid.size - 0.5) - 1)
            out.extend((i, j) for i in range(i_start, i_end + 1))
    return frozenset(out)


@lru_cache(maxsize=8192)
def stroke_cells(grid: Grid, points: tuple[Point, ...], width: float) -> frozenset[Cell]:
    """Cells whose centre lies within width/2 of a stroke's centre line (a dot for one point)."""
    if not points:
        return frozenset()
    r = max(width, 0.0) / 2.0
    size = grid.size
    out: set[Cell] = set()
    segments = list(itertools.pairwise(points)) or [(points[0], points[0])]
    for (ax, ay), (bx, by) in segments:
        dx, dy = bx - ax, by - ay
        len2 = dx * dx + dy * dy
        i0 = math.floor((min(ax, bx) - r - grid.x0) / size)
        i1 = math.floor((max(ax, bx) + r - grid.x0) / size)
        j0 = math.floor((min(ay, by) - r - grid.y0) / size)
        j1 = math.floor((max(ay, by) + r - grid.y0) / size)
        for j in range(j0, j1 + 1):
            cy = grid.y0 + (j + 0.5) * size
            for i in range(i0, i1 + 1):
                cx = grid.x0 + (i + 0.5) * size
                if len2 == 0.0:
                    t = 0.0
                else:
                    t = max(0.0, min(1.0, ((cx - ax) * dx + (cy - ay) * dy) / len2))
                ex, ey = cx - (ax + t * dx), cy - (ay + t * dy)
                if ex * ex + ey * ey <= r * r:
                    out.add((i, j))
    return frozenset(out)


def stroke_side(points: Sequence[Point], midline: float) -> Side:
    """The side of the body a stroke falls on: most of its points left of the midline -> left.

    The drawing is a back view, so x < midline is the person's own left.
    """
    left = sum(1 for x, _y in points if x < midline)
    return "left" if left * 2 >= len(points) and points else "right"


class BodyRaster:
    """The grid over one atlas's body, its inside cells, and cached zone cells."""

    def __init__(self, atlas: Atlas, cell_size: float = CELL_SIZE) -> None:
        x0, y0, x1, y1 = atlas.body_box
        self.grid = Grid(
            x0, y0, cell_size, math.ceil((x1 - x0) / cell_size), math.ceil((y1 - y0) / cell_size)
        )
        self.midline = (x0 + x1) / 2.0
        skin = atlas.geometry.shapes.get("skin")
        if skin is not None:
            self.body = polygon_cells(self.grid, skin.rings)
        else:
            g = self.grid
            self.body = frozenset((i, j) for i in range(g.cols) for j in range(g.rows))
        self._atlas = weakref.ref(atlas)
        self._zones: dict[tuple[str, Side, str | None], frozenset[Cell]] = {}
        self._shapes: dict[str, frozenset[Cell]] = {}
        # The first column right of the midline, so a cell's side is one comparison.
        self._mid_col = bisect_right(
            [self.grid.centre((i, 0))[0] for i in range(self.grid.cols)], self.midline - 1e-9
        )

    def side_of(self, cell: Cell) -> Side:
        """The body side of a cell: its centre left of the midline -> the person's left."""
        return "left" if cell[0] < self._mid_col else "right"

    def polygon_cells(self, rings: Iterable[Sequence[Point]]) -> frozenset[Cell]:
        """Cells of some rings, clipped to the body."""
        return polygon_cells(self.grid, rings) & self.body

    def shape_cells(self, key: str) -> frozenset[Cell]:
        """Cells of one drawn shape by id (cached), clipped to the body."""
        if key not in self._shapes:
            atlas = self._atlas()
            shape = atlas.geometry.shapes[key] if atlas is not None else None
            self._shapes[key] = self.polygon_cells(shape.rings) if shape else frozenset()
        return self._shapes[key]

    def zone_cells(self, muscle_id: str, side: Side, kind: str | None = None) -> frozenset[Cell]:
        """Cells of a muscle's drawn referral zones on one side (one kind, or all)."""
        k = (muscle_id, side, kind)
        if k not in self._zones:
            atlas = self._atlas()
            rings: list[Polygon] = []
            if atlas is not None:
                for zone in atlas.zones(muscle_id, side, kind):
                    rings.extend(zone.rings)
            # Zones of one kind may overlap each other; union them, not even-odd them.
            cells: set[Cell] = set()
            for ring in rings:
                cells |= self.polygon_cells([ring])
            self._zones[k] = frozenset(cells)
        return self._zones[k]


_RASTERS: weakref.WeakKeyDictionary[Atlas, BodyRaster] = weakref.WeakKeyDictionary()


def body_raster(atlas: Atlas) -> BodyRaster:
    """The (cached) raster of an atlas's body at the default cell size."""
    raster = _RASTERS.get(atlas)
    if raster is None:
        raster = BodyRaster(atlas)
        _RASTERS[atlas] = raster
    return raster


@dataclass(frozen=True)
class PainMap:
    """The pain drawing as cells: cell -> intensity (0-10), only cells inside the body."""

    raster: BodyRaster
    intensity: Mapping[Cell, int]

    @property
    def cells(self) -> frozenset[Cell]:
        """Every painted cell."""
        return frozenset(self.intensity)

    def cells_on(self, side: Side) -> frozenset[Cell]:
        """Painted cells on one side of the body."""
        return frozenset(c for c in self.intensity if self.raster.side_of(c) == side)

    @property
    def area_percent(self) -> float:
        """Painted area as a percentage of the body's back (the skin silhouette)."""
        body = len(self.raster.body)
        return 100.0 * len(self.intensity) / body if body else 0.0

    @property
    def peak(self) -> int:
        """The highest intensity painted (0 when nothing is painted)."""
        return max(self.intensity.values(), default=0)

    @property
    def sides(self) -> tuple[Side, ...]:
        """The sides with any paint, left first."""
        found = {self.raster.side_of(c) for c in self.intensity}
        return tuple(s for s in ("left", "right") if s in found)


def rasterise(raster: BodyRaster, strokes: Iterable[Stroke]) -> dict[Cell, int]:
    """Apply strokes in order: paint raises cells to the stroke's intensity, erase removes."""
    cells: dict[Cell, int] = {}
    for stroke in strokes:
        hit = stroke_cells(raster.grid, tuple(stroke.points), stroke.width) & raster.body
        if stroke.erase:
            for c in hit:
                cells.pop(c, None)
            continue
        level = max(0, min(10, int(stroke.intensity)))
        for c in hit:
            if cells.get(c, -1) < level:
                cells[c] = level
    return cells


def paint_map(atlas: Atlas, strokes: Iterable[Stroke]) -> PainMap:
    """The pain drawing of some strokes over an atlas's body."""
    raster = body_raster(atlas)
    return PainMap(raster, rasterise(raster, strokes))


@dataclass(frozen=True, slots=True)
class PainSummary:
    """The figures a progress chart plots: area as % of the back, peak intensity, sides."""

    area_percent: float
    peak: int
    sides: tuple[Side, ...]


def summarise(atlas: Atlas, strokes: Iterable[Stroke]) -> PainSummary:
    """Painted area (% of the body's back), peak intensity and sides of a drawing."""
    pm = paint_map(atlas, strokes)
    return PainSummary(pm.area_percent, pm.peak, pm.sides)
