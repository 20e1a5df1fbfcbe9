"""The pain drawing on the canvas: scene items that mirror ``ViewState.strokes``.

Strokes are drawn in drawing coordinates (scene units), so they stay exactly where they were
painted when zooming or panning, and print as vectors. The drawing is kept as one path per
intensity level with no overlaps (per-cell maximum, like the core's raster); an eraser stroke
cuts every level.

The drawing must never read as a referral zone: it is violet (a family no zone, muscle or
nerve uses), stippled with light dots (zones are solid or diagonally hatched) and edged in
deep violet, and it is clipped to the body's outline, like the painted-area raster.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap.core.state import Stroke
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color

PAINT_Z = 50000.0  # above zones and nerves, below trigger-point markers and tags
OPACITY = 0.72
STIPPLE = 7  # the dot tile's side in screen pixels


def stipple_pixmap() -> QPixmap:
    """A tile with one light dot: the drawing's texture, unlike any zone's hatch."""
    pm = QPixmap(STIPPLE, STIPPLE)
    pm.fill(Qt.GlobalColor.transparent)
    qp = QPainter(pm)
    qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    qp.setPen(Qt.PenStyle.NoPen)
    qp.setBrush(QColor(255, 255, 255, 200))
    qp.drawEllipse(QPointF(STIPPLE / 2, STIPPLE / 2), 1.25, 1.25)
    qp.end()
    return pm


class PaintItem(QGraphicsPathItem):
    """One intensity level of the drawing: violet fill, light stipple, deep-violet edge."""

    def __init__(self, fill: QColor, edge: str) -> None:
        super().__init__()
        self.fill = fill
        pen = QPen(color(edge))
        pen.setCosmetic(True)
        pen.setWidthF(1.6)
        self.setPen(pen)
        self.setBrush(fill)
        self.stipple = QBrush(stipple_pixmap())
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = self.path()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        painter.drawPath(path)
        inverse, _ok = painter.worldTransform().inverted()
        self.stipple.setTransform(inverse)  # the dots keep their screen size at any zoom
        painter.setBrush(self.stipple)
        painter.drawPath(path)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def paint_drawing_swatch(painter: QPainter, box: QRectF, palette: Palette) -> None:
    """The legend's "Your drawing" sample: a low and a high intensity half, stippled, edged."""
    painter.save()
    path = QPainterPath()
    path.addRoundedRect(box, 3, 3)
    painter.setClipPath(path)
    half = QRectF(box.left(), box.top(), box.width() / 2, box.height())
    for level, rect in ((6, half), (10, half.translated(box.width() / 2, 0))):
        fill = QColor(intensity_color(palette, level))
        fill.setAlphaF(OPACITY)
        painter.fillRect(rect, fill)
    painter.fillRect(box, QBrush(stipple_pixmap()))
    painter.restore()
    edge = QPen(color(palette.paint_edge))
    edge.setWidthF(1.4)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


class ClipItem(QGraphicsPathItem):
    """The body's outline, invisible, clipping the drawing to the body (its children)."""

    def __init__(self, outline: QPainterPath) -> None:
        super().__init__(outline)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(PAINT_Z)

    def shape(self) -> QPainterPath:
        return self.path()

    def boundingRect(self) -> QRectF:
        return self.path().boundingRect()


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

    def __init__(
        self, scene: QGraphicsScene, palette: Palette, outline: QPainterPath | None = None
    ) -> None:
        self.scene = scene
        self.palette = palette
        self.strokes: tuple[Stroke, ...] = ()
        self.levels: dict[int, QPainterPath] = {}
        self.items: dict[int, PaintItem] = {}
        # Everything painted hangs under one invisible item shaped like the body: paint
        # outside the outline is not drawn, and hiding the drawing is one switch.
        if outline is None:
            outline = QPainterPath()
            outline.addRect(scene.sceneRect())
        self.clip = ClipItem(outline)
        scene.addItem(self.clip)
        self.live = QGraphicsPathItem(self.clip)
        self.live.setZValue(1)
        self.live.setOpacity(OPACITY)
        self.live.setVisible(False)

    def set_hidden(self, hidden: bool) -> None:
        """Hide the whole drawing (quiz questions about referral zones) or show it again."""
        self.clip.setVisible(not hidden)

    @property
    def hidden(self) -> bool:
        """True while the drawing is kept off the plate."""
        return not self.clip.isVisible()

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
                item = PaintItem(intensity_color(self.palette, level), self.palette.paint_edge)
                item.setParentItem(self.clip)
                item.setOpacity(OPACITY)
                item.setZValue(level / 100.0)
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
            edge = QPen(color(self.palette.paint_edge))
            edge.setCosmetic(True)
            edge.setWidthF(1.6)
            self.live.setPen(edge)
            self.live.setBrush(intensity_color(self.palette, level))
        self.live.setVisible(bool(points))

    def hide_live(self) -> None:
        """Remove the stroke preview."""
        self.live.setVisible(False)
        self.live.setPath(QPainterPath())
