"""The client's pain drawing on paper: smooth vector outlines, one colour per intensity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from bodymap.core.atlas import Atlas
from bodymap.core.state import Stroke
from bodymap.ui.palette import LIGHT, Palette

PAIN_EDGE = "#2E1A47"  # dark violet: readable on skin, muscle and the red zones


def _stroke_path(stroke: Stroke) -> QPainterPath:
    line = QPainterPath(QPointF(*stroke.points[0]))
    for x, y in stroke.points[1:]:
        line.lineTo(x, y)
    if len(stroke.points) == 1:
        line.lineTo(stroke.points[0][0] + 0.01, stroke.points[0][1])  # a tap paints a dot
    stroker = QPainterPathStroker()
    stroker.setWidth(stroke.width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


def pain_regions(atlas: Atlas, strokes: Sequence[Stroke]) -> dict[int, QPainterPath]:
    """The painted areas by intensity, as smooth vector outlines clipped to the body.

    The same rules as the measured figures: strokes apply in order, an eraser removes
    what lies under it, and where strokes overlap the highest intensity shows.
    """
    regions: dict[int, QPainterPath] = {}
    for stroke in strokes:
        if not stroke.points:
            continue
        shape = _stroke_path(stroke)
        if stroke.erase:
            regions = {level: path.subtracted(shape) for level, path in regions.items()}
        else:
            level = max(0, min(10, stroke.intensity))
            regions[level] = regions.get(level, QPainterPath()).united(shape)
    skin = QPainterPath()
    skin.setFillRule(Qt.FillRule.OddEvenFill)
    shape_skin = atlas.geometry.shapes.get("skin")
    for ring in shape_skin.rings if shape_skin else ():
        skin.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        skin.closeSubpath()
    covered = QPainterPath()
    visible: dict[int, QPainterPath] = {}
    for level in sorted(regions, reverse=True):
        part = regions[level].subtracted(covered)
        covered = covered.united(regions[level])
        visible[level] = part.intersected(skin) if shape_skin else part
    return {level: path for level, path in visible.items() if not path.isEmpty()}


def draw_pain(
    painter: QPainter, atlas: Atlas, strokes: Sequence[Stroke], palette: Palette = LIGHT
) -> None:
    """Draw the client's pain drawing in scene coordinates: colour by intensity, dark edge."""
    regions = pain_regions(atlas, strokes)
    low, high = QColor(palette.paint_low), QColor(palette.paint_high)
    outline = QPainterPath()
    for level, path in sorted(regions.items()):
        t = level / 10.0
        colour = QColor.fromRgbF(
            low.redF() + (high.redF() - low.redF()) * t,
            low.greenF() + (high.greenF() - low.greenF()) * t,
            low.blueF() + (high.blueF() - low.blueF()) * t,
            0.75,
        )
        painter.fillPath(path, colour)
        outline = outline.united(path)
    # A dark edge round the painted area: it must stand out on red muscles and zones.
    pen = QPen(QColor(PAIN_EDGE))
    pen.setWidthF(1.6)
    pen.setCosmetic(True)
    painter.strokePath(outline, pen)
