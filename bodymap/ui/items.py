"""Graphics items of the plate; each item's look is computed in one method from a few flags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap.core.atlas import Shape
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color
from bodymap.ui.shape_paths import shape_path


@dataclass(frozen=True, slots=True)
class Flags:
    """The few facts an item's look depends on."""

    visible: bool = True
    selected: bool = False
    hovered: bool = False
    picked: bool = False
    lit: bool = False
    emphasised: bool = False
    beneath: bool = False
    dimmed: bool = False


class ShapeItem(QGraphicsPathItem):
    """A filled or stroked shape from the drawing; ``restyle`` maps flags to pen and brush."""

    def __init__(self, shape: Shape, palette: Palette, deep: bool = False) -> None:
        super().__init__(shape_path(shape))
        self.shape_data = shape
        self.palette = palette
        self.deep = deep
        self.flags_now: Flags | None = None
        self.core_pen: QPen | None = None  # drawn over the (wider) halo pen when set
        self._pieces: list[QPainterPath] | None = None  # the outline in pieces (paint)
        self.setZValue(shape.order)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def apply(self, flags: Flags) -> None:
        """Restyle only when the flags that this item's look depends on changed.

        A restyle invalidates the item's cached pixmap, so a flag the item does not draw
        (a muscle is never "lit") must not cost a repaint. ``flags_now = None`` forces one.
        """
        if flags == self.flags_now:
            return
        forced = self.flags_now is None
        self.flags_now = flags
        self.setVisible(flags.visible)
        if flags.visible:
            key = self.style_key(flags)
            if forced or key != self._styled:
                self._styled = key
                self.restyle(flags)

    _styled: tuple[bool, ...] | None = None  # style_key of the last restyle

    def style_key(self, flags: Flags) -> tuple[bool, ...]:
        """The flags restyle() reads for this kind of shape."""
        cls = self.shape_data.cls
        if cls == "muscle":
            return (flags.selected, flags.picked, flags.hovered, flags.dimmed)
        if cls == "region":
            return (flags.selected, flags.hovered)
        if cls in ("context", "tendon", "fibres"):
            return (flags.dimmed,)
        return ()

    def restyle(self, flags: Flags) -> None:
        """Set pen and brush from the flags (one place per kind of shape)."""
        p = self.palette
        cls = self.shape_data.cls
        no_pen = QPen(Qt.PenStyle.NoPen)
        self.core_pen = None
        if cls == "skin":
            self.setBrush(color(p.skin))
            self.setPen(_style_pen(p.skin_outline, 1.6))
        elif cls == "bone":
            self.setBrush(color(p.bone))
            self.setPen(_style_pen(p.bone_outline, 1.0))
        elif cls == "context":
            self.setBrush(color(p.context, p.context_dim_alpha if flags.dimmed else None))
            self.setPen(_style_pen(p.context_outline, 0.8, alpha=0.4 if flags.dimmed else None))
        elif cls == "tendon":
            self.setBrush(color(p.tendon, 0.45 if flags.dimmed else None))
            self.setPen(_style_pen(p.bone_outline, 0.7))
        elif cls == "fibres":
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self.setPen(_style_pen(p.fibre, 0.8, alpha=0.25 if flags.dimmed else 0.85))
        elif cls == "muscle":
            base = color(p.muscle_deep if self.deep else p.muscle)
            if flags.selected:
                base = base.lighter(118)
            elif flags.picked or flags.hovered:
                base = base.lighter(108)
            if flags.dimmed:
                # Other muscles fade back so the selection and its red pain zones stand out.
                base.setAlphaF(p.dim_alpha)
            self.setBrush(base)
            if flags.selected and p.selection_halo:
                self.setPen(_style_pen(p.selection_halo, 6.0))
                self.core_pen = _style_pen(p.selection, 3.0)
            elif flags.selected:
                self.setPen(_style_pen(p.selection, 3.0))
            elif flags.picked:
                self.setPen(_style_pen(p.picked, 2.2))
            elif flags.hovered:
                self.setPen(_style_pen(p.selection, 2.0, alpha=0.5))
            else:
                self.setPen(_style_pen(p.muscle_outline, 1.0, alpha=0.4 if flags.dimmed else None))
        elif cls == "region":
            if flags.selected:
                self.setBrush(color(p.selection, 0.06))
                self.setPen(_style_pen(p.selection, 2.5, dash=True))
            elif flags.hovered:
                self.setBrush(color(p.selection, 0.04))
                self.setPen(_style_pen(p.selection, 2.0, alpha=0.5, dash=True))
            else:
                self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
                self.setPen(no_pen)
        elif cls == "dermatome":
            self.setBrush(color(p.dermatome, 0.16))
            self.setPen(_style_pen(p.dermatome, 1.6, dash=True))

    def shape(self) -> QPainterPath:
        """Exact outline for Qt's own hit-testing (the default would be the bounding box)."""
        return self.path()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = self.pen()
        if _chunkable(pen, painter) and (pieces := self._outline_pieces()):
            # A long outline in a wide screen-pixel pen (the skin's 1,100 points): one stroke
            # of it costs Qt's rasterizer ~4 ms at 1920 x 1080, the same outline in pieces of
            # CHUNK points ~1.3 ms. Round caps where the pieces meet draw the round join.
            # Vector output (PDF, print, SVG) gets the one path: the trick is the raster's.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.brush())
            painter.drawPath(self.path())
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for piece in pieces:
                painter.drawPath(piece)
        else:
            super().paint(painter, option, widget)
        if self.core_pen is not None:
            painter.setPen(self.core_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path())

    def _outline_pieces(self) -> list[QPainterPath]:
        """The outline as open polylines of CHUNK points (empty if it is short or curved)."""
        if self._pieces is None:
            self._pieces = _split_outline(self.path())
        return self._pieces


CHUNK = 96  # points per piece of a long outline (64..128 were all ~3x faster than one)


_Outlines = list[tuple[QPainterPath, QBrush]]


def _raster(painter: QPainter) -> bool:
    """The painter draws pixels with Qt's raster engine (screen, pixmap caches, images)."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Raster


def _chunkable(pen: QPen, painter: QPainter) -> bool:
    """A pen that Qt's raster strokes as a filled outline (over 1 screen pixel), solid, round."""
    return (
        _raster(painter)
        and pen.style() == Qt.PenStyle.SolidLine
        and pen.isCosmetic()
        and pen.widthF() > 1.0
        and pen.capStyle() == Qt.PenCapStyle.RoundCap
        and pen.joinStyle() == Qt.PenJoinStyle.RoundJoin
    )


def _split_outline(path: QPainterPath) -> list[QPainterPath]:
    """Each straight-line subpath of ``path`` longer than 2 * CHUNK points, in pieces."""
    if path.elementCount() <= 2 * CHUNK:
        return []
    pieces: list[QPainterPath] = []
    for i in range(path.elementCount()):
        if path.elementAt(i).isCurveTo():
            return []
    for poly in path.toSubpathPolygons():
        points = list(poly)
        for start in range(0, len(points) - 1, CHUNK):
            piece = QPainterPath(points[start])
            for point in points[start + 1 : start + CHUNK + 1]:
                piece.lineTo(point)
            pieces.append(piece)
    return pieces


def _pen(hex_text: str, width: float, alpha: float | None = None, dash: bool = False) -> QPen:
    pen = QPen(color(hex_text, alpha))
    pen.setCosmetic(True)
    pen.setWidthF(width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dash:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


@lru_cache(maxsize=256)
def _style_pen(hex_text: str, width: float, alpha: float | None = None, dash: bool = False) -> QPen:
    """A shared pen for restyle() (items copy it; never change the one returned)."""
    return _pen(hex_text, width, alpha, dash)


class NerveItem(ShapeItem):
    """A nerve stretch: a yellow band with a dark edge; lit stretches glow, emphasised ones burn."""

    def __init__(self, shape: Shape, palette: Palette) -> None:
        super().__init__(shape, palette)
        self.band = max(shape.width, 2.0)
        self._bounds = self._compute_bounds()
        # The last look's band pens and (raster paint) their stroked outlines.
        self._bands: tuple[tuple[Flags, Palette], list[QPen], _Outlines | None] | None = None

    def _compute_bounds(self) -> QRectF:
        m = self.band / 2 + 16
        return self.path().boundingRect().adjusted(-m, -m, m, m)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(self.band)
        return stroker.createStroke(self.path())

    def style_key(self, flags: Flags) -> tuple[bool, ...]:
        return (flags.lit, flags.emphasised, flags.beneath, flags.dimmed)

    def restyle(self, flags: Flags) -> None:
        # A lit nerve is drawn above the referral zones, so it still reads as yellow
        # where it runs through a pain zone; unlit it keeps its place in the plate.
        self.setZValue(self.shape_data.order + (50000 if flags.lit else 0))
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        flags = self.flags_now or Flags()
        key = (flags, self.palette)
        if self._bands is None or self._bands[0] != key:
            self._bands = (key, self.band_pens(flags), None)
        _, pens, outlines = self._bands
        if _raster(painter):
            # Each band's outline is stroked once per look and then filled: the same pixels
            # as stroking the pen every paint (Qt strokes a wide pen into such an outline
            # and fills it), in half the time. Vector output keeps the pens.
            if outlines is None:
                path = self.path()
                outlines = [
                    (QPainterPathStroker(pen).createStroke(path), pen.brush()) for pen in pens
                ]
                self._bands = (key, pens, outlines)
            for outline, brush in outlines:
                painter.fillPath(outline, brush)
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = self.path()
        for pen in pens:
            painter.setPen(pen)
            painter.drawPath(path)

    def band_pens(self, flags: Flags) -> list[QPen]:
        """The pens of this stretch's bands under ``flags``, bottom to top."""
        p = self.palette
        pens = []
        if flags.emphasised:
            pens.append(_band(p.emphasis, self.band + 14, 0.8))
        if flags.lit:
            pens.append(_band(p.nerve_glow, self.band + 6, 0.7))
        width = self.band * (1.15 if flags.lit else 1.0)
        faded = flags.beneath and not flags.lit
        edge_hex, core_hex = p.nerve_outline, p.nerve
        if flags.dimmed:
            # The unlit nerve steps back while another stretch is lit; opaque blends, so
            # overlapping stretch ends do not darken into beads.
            edge_hex, core_hex = _mix(p.nerve_outline, p.skin, 0.6), _mix(p.nerve, p.skin, 0.6)
            faded = False
        if flags.emphasised:
            edge_hex = p.emphasis  # the stretch this muscle can press on: an orange rim
        edge = _band(edge_hex, width + (4.0 if flags.emphasised else 2.5), 0.6 if faded else 1.0)
        core = _band(core_hex, width, 0.65 if faded else 1.0)
        if flags.beneath:
            # Dash lengths are in pen widths: scale them so edge and core dashes line up.
            for pen in (edge, core):
                w = pen.widthF()
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([16.0 / w, 10.0 / w])
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return [*pens, edge, core]


def _mix(a: str, b: str, t: float) -> str:
    """Blend colour a towards colour b by t (0..1), as a hex string."""
    ca, cb = color(a), color(b)
    mixed = [
        round(x + (y - x) * t)
        for x, y in ((ca.red(), cb.red()), (ca.green(), cb.green()), (ca.blue(), cb.blue()))
    ]
    return "#{:02X}{:02X}{:02X}".format(*mixed)


def _band(hex_text: str, width: float, alpha: float) -> QPen:
    pen = QPen(color(hex_text, alpha))
    pen.setWidthF(width)
    # Flat ends: stretches meet end to end, and round caps would draw seams over the
    # neighbouring stretch.
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


_HATCH: QPixmap | None = None


def hatch_pixmap(hex_text: str) -> QPixmap:
    """A small tile of diagonal lines, for spillover zones (pattern, not only colour)."""
    global _HATCH
    if _HATCH is None:
        size = 10
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        qp = QPainter(pm)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(color(hex_text, 0.9))
        pen.setWidthF(1.6)
        qp.setPen(pen)
        qp.drawLine(QPointF(-1, size + 1), QPointF(size + 1, -1))
        qp.drawLine(QPointF(-1, 1), QPointF(1, -1))
        qp.drawLine(QPointF(size - 1, size + 1), QPointF(size + 1, size - 1))
        qp.end()
        _HATCH = pm
    return _HATCH


@dataclass(frozen=True, slots=True)
class ZoneStyle:
    """How a referral zone is drawn, from its kind and how sure its source is."""

    fill_alpha: float  # 0: no fill at all
    hatch: bool  # spillover: diagonal lines
    edge: Qt.PenStyle
    edge_width: float


def zone_style(essential: bool, confidence: str) -> ZoneStyle:
    """Mapped zones solid, described ones paler with a dash-dot edge, inferred a dotted outline.

    The pattern, not only the colour, tells the three apart (and essential from spillover),
    so they survive colour-blindness and a black-and-white printer.
    """
    if confidence == "inferred":
        return ZoneStyle(0.0, False, Qt.PenStyle.DotLine, 2.4 if essential else 1.6)
    if confidence == "described":
        if essential:
            return ZoneStyle(0.30, False, Qt.PenStyle.DashDotLine, 1.8)
        return ZoneStyle(0.12, True, Qt.PenStyle.DashDotLine, 1.4)
    if essential:
        return ZoneStyle(0.55, False, Qt.PenStyle.SolidLine, 1.6)
    return ZoneStyle(0.22, True, Qt.PenStyle.DashLine, 1.4)


def paint_zone(painter: QPainter, path: QPainterPath, hex_text: str, style: ZoneStyle) -> None:
    """Paint a zone's outline (or a legend swatch) in a ZoneStyle."""
    pen, fill = _zone_tools(hex_text, style)
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawPath(path)
    if style.hatch:
        brush = QBrush(hatch_pixmap(hex_text))
        inverse, _ok = painter.worldTransform().inverted()
        brush.setTransform(inverse)  # keep the hatch at screen density whatever the zoom
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawPath(path)


@lru_cache(maxsize=64)
def _zone_tools(hex_text: str, style: ZoneStyle) -> tuple[QPen, QBrush]:
    """The edge pen and fill brush of a ZoneStyle in a colour (made once, not every paint)."""
    pen = _pen(hex_text, style.edge_width)
    pen.setStyle(style.edge)
    fill = QBrush(color(hex_text, style.fill_alpha)) if style.fill_alpha > 0 else QBrush()
    return pen, fill


class ZoneItem(ShapeItem):
    """A referral zone: essential or spillover, drawn by how sure its source is (ZoneStyle)."""

    def __init__(self, shape: Shape, palette: Palette, confidence: str = "mapped") -> None:
        super().__init__(shape, palette)
        self.essential = shape.attrs.get("kind") == "essential"
        self.confidence = confidence
        self.style = zone_style(self.essential, confidence)

    def restyle(self, flags: Flags) -> None:
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_zone(painter, self.path(), self.palette.zone, self.style)


class MarkerItem(QGraphicsItem):
    """A trigger point: a bold ✕ with a white halo that keeps its screen size when zooming."""

    size = 9.0  # half-width in screen pixels; presentation and kiosk modes enlarge it

    def __init__(self, shape: Shape, centre: QPointF, palette: Palette) -> None:
        super().__init__()
        self.shape_data = shape
        self.palette = palette
        self.flags_now: Flags | None = None
        self.setPos(centre)
        self.setZValue(shape.order + 100000)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)

    def apply(self, flags: Flags) -> None:
        """Show or hide the marker."""
        if flags != self.flags_now:
            self.flags_now = flags
            self.setVisible(flags.visible)

    def boundingRect(self) -> QRectF:
        s = MarkerItem.size + 5
        return QRectF(-s, -s, 2 * s, 2 * s)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pens, lines = _marker_tools(self.palette.halo, self.palette.trigger_point, MarkerItem.size)
        for pen in pens:
            painter.setPen(pen)
            for line in lines:  # one at a time, as before: the crossing blends the same
                painter.drawLine(line)


@lru_cache(maxsize=16)
def _marker_tools(halo: str, trigger_point: str, s: float) -> tuple[list[QPen], list[QLineF]]:
    """A marker's halo and cross pens and its two strokes, at half-width ``s`` (made once)."""
    pens = []
    for hex_text, width in ((halo, s * 0.75), (trigger_point, s * 0.4)):
        pen = QPen(color(hex_text))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pens.append(pen)
    lines = [
        QLineF(QPointF(-s * 0.7, -s * 0.7), QPointF(s * 0.7, s * 0.7)),
        QLineF(QPointF(-s * 0.7, s * 0.7), QPointF(s * 0.7, -s * 0.7)),
    ]
    return pens, lines


class TagItem(QGraphicsItem):
    """A text label with a rounded background that keeps its screen size (names, LEFT/RIGHT)."""

    def __init__(
        self,
        text: str,
        palette: Palette,
        point_size: float = 11.0,
        bold: bool = False,
        anchor: str = "center",
    ) -> None:
        super().__init__()
        self.palette = palette
        self.font = QFont()
        self.font.setPointSizeF(point_size)
        self.font.setBold(bold)
        self.anchor = anchor
        self.text = ""
        self._rect = QRectF()
        # A caption hangs just below its leader tag (in screen pixels, whatever the sizes).
        self.leader: TagItem | None = None
        self.followers: list[TagItem] = []
        # When set and true, another item draws this tag's words (the labels' columns).
        self.absorbed_by: Callable[[], bool] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.set_text(text)

    def hang_below(self, leader: TagItem) -> None:
        """Sit just under ``leader`` (same scene point), moving when the leader resizes."""
        self.leader = leader
        leader.followers.append(self)
        self.setPos(leader.pos())
        self.set_text(self.text, force=True)

    def set_text(self, text: str, force: bool = False) -> None:
        """Change the text (and the size of the background)."""
        if text == self.text and not force:
            return
        from PySide6.QtGui import QFontMetricsF

        self.prepareGeometryChange()
        self.text = text
        fm = QFontMetricsF(self.font)
        w = fm.horizontalAdvance(text) + 14
        h = fm.height() + 6
        top = self.leader._rect.bottom() + 4 if self.leader is not None else -h / 2
        if self.anchor == "center":
            self._rect = QRectF(-w / 2, top, w, h)
        elif self.anchor == "end":  # ends just left of its point (the person's left tags)
            self._rect = QRectF(-w - 6, top, w, h)
        elif self.anchor == "start":  # starts just right of its point
            self._rect = QRectF(6, top, w, h)
        else:  # top-left: sits below and right of the pointer
            self._rect = QRectF(14, 14, w, h)
        self.update()
        for follower in self.followers:
            follower.set_text(follower.text, force=True)

    def width_for(self, text: str) -> float:
        """The screen width this tag would take with ``text`` (background and gap included)."""
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(self.font).horizontalAdvance(text) + 14 + 6

    def set_point_size(self, size: float) -> None:
        """Resize the text (presentation and kiosk modes)."""
        text, self.text = self.text, ""
        self.font.setPointSizeF(size)
        self.set_text(text)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.absorbed_by is not None and self.absorbed_by():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.palette.muted_text, 0.8, alpha=0.6))
        painter.setBrush(color(self.palette.label_bg, 0.92))
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(self.font)
        painter.setPen(color(self.palette.text))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)
