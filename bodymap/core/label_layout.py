"""Leader-line labels beside the figure: two columns, no two boxes overlapping.

Everything here is in screen (viewport) coordinates, so labels keep their size whatever the
zoom: the caller maps each structure's anchor to the screen, measures each label's text and
asks ``layout_labels`` where to put the boxes. Labels of the person's left side (the viewer's
left in this posterior view) stack in a column left of the figure, the right side's in a
column right of it; within a column they keep the vertical order of their anchors and are
pushed apart by the least total movement (clusters of overlapping labels are centred on the
mean of their anchors), then kept inside the viewport where they fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bodymap.core.geometry import BBox, Point


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """One label to place: a key, the anchor on screen, the box size and its column."""

    key: str
    anchor: Point
    width: float
    height: float
    column: str  # "left" | "right"


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A placed label: its box (min_x, min_y, max_x, max_y) and the leader line's points."""

    key: str
    box: BBox
    leader: tuple[Point, Point]
    column: str

    @property
    def text_origin(self) -> Point:
        """Top-left corner of the box."""
        return self.box[0], self.box[1]


def boxes_overlap(a: BBox, b: BBox) -> bool:
    """True when two boxes share some area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _spread(
    wanted: Sequence[float], heights: Sequence[float], gap: float, top: float, bottom: float
) -> list[float]:
    """Top edges for boxes in order: none overlap, each as near its wanted top as possible.

    Adjacent boxes that would overlap merge into a cluster placed at the mean of its
    members' wishes (the least-squares answer); the clusters are then shifted to fit between
    ``top`` and ``bottom`` when the column is not taller than that.
    """
    clusters: list[list[float]] = []  # [wanted_sum, count, total_height, first_index]
    for i, w in enumerate(wanted):
        clusters.append([w, 1.0, heights[i] + gap, float(i)])
        while len(clusters) > 1:
            prev, cur = clusters[-2], clusters[-1]
            prev_top = _cluster_top(prev, wanted, heights, gap)
            if prev_top + prev[2] <= _cluster_top(cur, wanted, heights, gap):
                break
            prev[0] += cur[0]
            prev[1] += cur[1]
            prev[2] += cur[2]
            clusters.pop()
    tops: list[float] = []
    for c in clusters:
        t = _cluster_top(c, wanted, heights, gap)
        for k in range(int(c[1])):
            tops.append(t)
            t += heights[int(c[3]) + k] + gap
    if not tops:
        return tops
    # Keep the column inside [top, bottom]: push down from the top, then up from the bottom,
    # then down again so an over-full column overflows at the bottom, never overlapping.
    for i in range(len(tops)):
        floor = top if i == 0 else tops[i - 1] + heights[i - 1] + gap
        tops[i] = max(tops[i], floor)
    for i in range(len(tops) - 1, -1, -1):
        ceiling = bottom - heights[i] if i == len(tops) - 1 else tops[i + 1] - heights[i] - gap
        tops[i] = min(tops[i], ceiling)
    for i in range(len(tops)):
        floor = top if i == 0 else tops[i - 1] + heights[i - 1] + gap
        tops[i] = max(tops[i], floor)
    return tops


def _cluster_top(
    c: list[float], wanted: Sequence[float], heights: Sequence[float], gap: float
) -> float:
    """Top of a cluster whose members sit as a block around the mean of their wishes."""
    first, count = int(c[3]), int(c[1])
    # Each member wants its own top; the block's top is the mean of (wish - offset in block).
    offset = 0.0
    total = 0.0
    for k in range(count):
        total += wanted[first + k] - offset
        offset += heights[first + k] + gap
    return total / count


def layout_labels(
    requests: Sequence[LabelRequest],
    figure: BBox,
    viewport: tuple[float, float],
    margin: float = 10.0,
    gap: float = 3.0,
    reach: float = 24.0,
    keep_out: Sequence[BBox] = (),
) -> list[PlacedLabel]:
    """Place every label in its column beside the figure; no two boxes overlap.

    ``figure`` is the figure's box on screen and ``viewport`` the screen's (width, height).
    Columns sit ``reach`` pixels outside the figure, but stay on screen when the figure is
    wider than the window (zoomed in): then they lie over the drawing at the window's edges.
    ``keep_out`` boxes (a legend floating over the canvas) shorten the columns they cross: one
    in the upper half pushes the column's top below it, one in the lower half its bottom above.
    """
    vw, vh = viewport
    columns = {
        c: sorted(
            (r for r in requests if r.column == c), key=lambda r: (r.anchor[1], r.anchor[0], r.key)
        )
        for c in ("left", "right")
    }
    widest = {c: max((r.width for r in rs), default=0.0) for c, rs in columns.items()}
    # The left column's right edge and the right column's left edge.
    left_edge = max(min(figure[0] - reach, vw / 2 - reach), margin + widest["left"])
    right_edge = min(max(figure[2] + reach, vw / 2 + reach), vw - margin - widest["right"])
    if columns["left"] and columns["right"]:
        # A window too narrow for both columns: the right one yields (it may leave the screen).
        right_edge = max(right_edge, left_edge + gap)
    placed: list[PlacedLabel] = []
    for column, mine in columns.items():
        if column == "left":
            span = (left_edge - widest["left"], left_edge)
        else:
            span = (right_edge, right_edge + widest["right"])
        top, bottom = margin, vh - margin
        for box in keep_out:
            if box[0] < span[1] and span[0] < box[2]:
                if (box[1] + box[3]) / 2 < vh / 2:
                    top = max(top, box[3] + gap)
                else:
                    bottom = min(bottom, box[1] - gap)
        heights = [r.height for r in mine]
        wanted = [r.anchor[1] - r.height / 2 for r in mine]
        tops = _spread(wanted, heights, gap, top, bottom)
        for r, t in zip(mine, tops, strict=True):
            if column == "left":
                box = (left_edge - r.width, t, left_edge, t + r.height)
                end = (left_edge, t + r.height / 2)
            else:
                box = (right_edge, t, right_edge + r.width, t + r.height)
                end = (right_edge, t + r.height / 2)
            placed.append(PlacedLabel(r.key, box, (r.anchor, end), column))
    return placed


def overlaps(placed: Sequence[PlacedLabel]) -> list[tuple[str, str]]:
    """Every pair of placed labels whose boxes overlap (empty when the layout is clean)."""
    found: list[tuple[str, str]] = []
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            if boxes_overlap(a.box, b.box):
                found.append((a.key, b.key))
    return found
