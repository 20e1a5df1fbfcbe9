"""The pain drawing on the canvas: scene items that mirror ``ViewState.strokes``.

Strokes are drawn in drawing coordinates (scene units), so they stay exactly where they were
painted when zooming or panning, and print as vectors. The drawing is kept as one path per
intensity level with no overlaps (per-cell maximum, like the core's raster); an eraser stroke
cuts every level.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from bodymap.core.state import Stroke
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color

PAINT_Z = 50000.0  # above zones and nerves, below trigger-point markers and tags
OPACITY = 0.55


def intensity_color(palette: Palette, level: int) -> QColor:
    """The paint colour of an intensity 0-10: paint_low -> paint_high."""
    lo, hi = color(palette.paint_low), color(palette.paint_high)
    t = max(0.0, min(1.0, (level - 1) / 9.0))
    return QColor.fromRgbF(
        lo.redF() + (hi.redF() - lo.redF()) * t,
        lo.greenF() + (hi.greenF() - lo.greenF()) * t,
        lo.blueF() + (hi.blueF() - lo.blueF()) * t,
    )


def stroke_outline(points: tuple[tuple[float, float], ...], width: float) -> QPainterPath:
    """The filled outline of a stroke: a round-capped band (a dot for one point)."""
    path = QPainterPath()
    if not points:
        return path
    if len(points) == 1 or all(p == points[0] for p in points):
        r = width / 2.0
        path.addEllipse(QPointF(*points[0]), r, r)
        return path
    line = QPainterPath(QPointF(*points[0]))
    for p in points[1:]:
        line.lineTo(QPointF(*p))
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    out = stroker.createStroke(line)
    out.setFillRule(Qt.FillRule.WindingFill)
    return out.simplified()


def apply_stroke(levels: dict[int, QPainterPath], stroke: Stroke) -> None:
    """Add one stroke to the per-level paths (raise to its level, or erase)."""
    outline = stroke_outline(tuple(stroke.points), stroke.width)
    if outline.isEmpty():
        return
    if stroke.erase:
        for k in list(levels):
            levels[k] = levels[k].subtracted(outline)
        return
    level = max(0, min(10, int(stroke.intensity)))
    for k in list(levels):
        if k < level:
            levels[k] = levels[k].subtracted(outline)
        elif k > level:
            outline = outline.subtracted(levels[k])
    levels[level] = levels.get(level, QPainterPath()).united(outline)


class PainLayer:
    """Mirrors the stroke list into the scene; also shows the stroke being drawn."""

    def __init__(self, scene: QGraphicsScene, palette: Palette) -> None:
        self.scene = scene
        self.palette = palette
        self.strokes: tuple[Stroke, ...] = ()
        self.levels: dict[int, QPainterPath] = {}
        self.items: dict[int, QGraphicsPathItem] = {}
        self.live = QGraphicsPathItem()
        self.live.setZValue(PAINT_Z + 1)
        self.live.setOpacity(OPACITY)
        self.live.setVisible(False)
        scene.addItem(self.live)

    def set_strokes(self, strokes: tuple[Stroke, ...]) -> None:
        """Show these strokes; an appended stroke is added, anything else rebuilds."""
        if strokes == self.strokes:
            return
        n = len(self.strokes)
        if len(strokes) > n and strokes[:n] == self.strokes:
            new = strokes[n:]
        else:
            self.levels = {}
            new = strokes
        for stroke in new:
            apply_stroke(self.levels, stroke)
        self.strokes = strokes
        self._sync_items()

    def _sync_items(self) -> None:
        for level, path in self.levels.items():
            item = self.items.get(level)
            if item is None:
                item = QGraphicsPathItem()
                fill = intensity_color(self.palette, level)
                # A dark edge tells the client's drawing apart from the red referral zones.
                edge = QPen(fill.darker(170))
                edge.setCosmetic(True)
                edge.setWidthF(1.5)
                item.setPen(edge)
                item.setBrush(fill)
                item.setOpacity(OPACITY)
                item.setZValue(PAINT_Z + level / 100.0)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.scene.addItem(item)
                self.items[level] = item
            item.setPath(path)
        for level, item in self.items.items():
            item.setVisible(level in self.levels and not self.levels[level].isEmpty())

    def painted_path(self) -> QPainterPath:
        """Everything painted, as one path (tests and the handout)."""
        out = QPainterPath()
        for path in self.levels.values():
            out = out.united(path)
        return out

    def show_live(
        self, points: tuple[tuple[float, float], ...], width: float, level: int, erase: bool
    ) -> None:
        """Show the stroke under the finger before it is committed."""
        self.live.setPath(stroke_outline(points, width))
        if erase:
            pen = QPen(color(self.palette.text, 0.8))
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)
            self.live.setPen(pen)
            self.live.setBrush(color(self.palette.background, 0.6))
        else:
            self.live.setPen(QPen(Qt.PenStyle.NoPen))
            self.live.setBrush(intensity_color(self.palette, level))
        self.live.setVisible(bool(points))

    def hide_live(self) -> None:
        """Remove the stroke preview."""
        self.live.setVisible(False)
        self.live.setPath(QPainterPath())
