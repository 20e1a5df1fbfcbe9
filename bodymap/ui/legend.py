"""A small legend drawn over the canvas: nerve, lit stretch, trigger point, zones.

Besides the fixed entries it names what is on show only when it is: how sure the shown
referral zones are (mapped, described, inferred) and the client's own drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.items import paint_zone, zone_style
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color
from bodymap.ui.therapist.paint_layer import paint_drawing_swatch


def _rounded(box: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(box, 3, 3)
    return path


ENTRIES = (
    ("nerve", QT_TRANSLATE_NOOP("Legend", "Sciatic nerve and branches")),
    ("beneath", QT_TRANSLATE_NOOP("Legend", "Nerve beneath muscle")),
    ("emphasis", QT_TRANSLATE_NOOP("Legend", "Stretch this muscle can press on")),
    ("trp", QT_TRANSLATE_NOOP("Legend", "Trigger point (typical)")),
    ("essential", QT_TRANSLATE_NOOP("Legend", "Essential pain zone")),
    ("spillover", QT_TRANSLATE_NOOP("Legend", "Spillover pain zone")),
)
# Shown only while there is one on the drawing, in this order.
OPTIONAL = (
    ("mapped", QT_TRANSLATE_NOOP("Legend", "Zone mapped in a published figure")),
    ("described", QT_TRANSLATE_NOOP("Legend", "Zone described in words only")),
    ("inferred", QT_TRANSLATE_NOOP("Legend", "Zone inferred: no source maps it")),
    ("drawing", QT_TRANSLATE_NOOP("Legend", "Your drawing")),
)


def paint_swatch(qp: QPainter, kind: str, box: QRectF, p: Palette) -> None:
    """Paint the swatch of one legend entry into ``box`` (its height is 0.64 of a line)."""
    line = box.height() / 0.64
    mid = QPointF(box.left(), box.center().y())
    end = QPointF(box.right(), box.center().y())
    if kind in ("nerve", "beneath", "emphasis"):
        # As NerveItem draws a stretch: a dark edge under a yellow core; beneath a muscle both
        # faded and dashed; the stretch a muscle can press on with an orange glow and rim.
        core_w = line * 0.28
        if kind == "emphasis":
            glow = line * 0.6
            qp.setPen(
                QPen(color(p.emphasis, 0.5), glow, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            # The round caps reach half the pen's width past the ends: keep them
            # inside the swatch (at kiosk sizes they poked out of the legend's frame).
            inset = QPointF(glow / 2, 0)
            qp.drawLine(mid + inset, end - inset)
        faded = kind == "beneath"
        rim = p.emphasis if kind == "emphasis" else p.nerve_outline
        rim_w = core_w + line * (0.18 if kind == "emphasis" else 0.12)
        for hex_text, w, alpha in ((rim, rim_w, 0.6), (p.nerve, core_w, 0.65)):
            pen = QPen(
                color(hex_text, alpha if faded else 1.0),
                w,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
            )
            if faded:
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([line * 0.5 / w, line * 0.3 / w])
            qp.setPen(pen)
            qp.drawLine(mid, end)
    elif kind == "trp":
        c = box.center()
        s = line * 0.25
        for hex_text, w in ((p.halo, 5.0), (p.trigger_point, 2.6)):
            qp.setPen(QPen(color(hex_text), w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            qp.drawLine(c + QPointF(-s, -s), c + QPointF(s, s))
            qp.drawLine(c + QPointF(-s, s), c + QPointF(s, -s))
    elif kind in ("essential", "spillover"):
        paint_zone(qp, _rounded(box), p.zone, zone_style(kind == "essential", "mapped"))
    elif kind in ("mapped", "described", "inferred"):
        # A zone of any confidence is drawn essential or spillover, so its swatch shows
        # both, as the scene draws them: essential on the left, spillover on the right
        # (a mapped swatch drawn whole in the essential look was the essential entry's).
        half = (box.width() - 3) / 2
        left = QRectF(box.left(), box.top(), half, box.height())
        right = QRectF(box.right() - half, box.top(), half, box.height())
        paint_zone(qp, _rounded(left), p.zone, zone_style(True, kind))
        paint_zone(qp, _rounded(right), p.zone, zone_style(False, kind))
    elif kind == "drawing":
        paint_drawing_swatch(qp, box, p)


class LegendWidget(QWidget):
    """Paints the legend entries; transparent for the mouse so it never blocks a click."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.point_size = 9.5
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAccessibleName(translate("Legend", "Legend"))
        self.extras: frozenset[str] = frozenset()
        self._describe()

    def entries(self) -> list[tuple[str, str]]:
        """The entries shown now: the fixed ones, then the optional ones on the drawing."""
        shown = [*ENTRIES, *((k, t) for k, t in OPTIONAL if k in self.extras)]
        return [(k, translate("Legend", t)) for k, t in shown]

    def set_shown(self, kind: str, on: bool) -> None:
        """Show or hide one optional entry (a confidence, or ``drawing``)."""
        self.set_extras(self.extras | {kind} if on else self.extras - {kind})

    def set_confidences(self, shown: set[str]) -> None:
        """Name how sure the referral zones on show are, once any is less than mapped.

        Mapped zones look exactly like the essential and spillover entries, so a map with
        only mapped zones needs no more entries.
        """
        keep = self.extras & {"drawing"}
        named = frozenset(shown) if set(shown) - {"mapped"} else frozenset()
        self.set_extras(named | keep)

    def set_extras(self, extras: frozenset[str] | set[str]) -> None:
        extras = frozenset(extras)
        if extras == self.extras:
            return
        self.extras = extras
        self._describe()
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(", ".join(text for _, text in self.entries()))

    def set_point_size(self, size: float) -> None:
        """Resize the legend text."""
        self.point_size = size
        self.adjustSize()
        self.update()

    def _font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(self.point_size)
        return f

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self._font())
        line = fm.height() * 1.45
        entries = self.entries()
        width = max(fm.horizontalAdvance(t) for _, t in entries) + line * 2.2 + 24
        return QSize(int(width), int(line * len(entries) + 16))

    def swatch_box(self, index: int) -> QRectF:
        """Where the swatch of entry ``index`` is painted, in widget coordinates."""
        line = QFontMetricsF(self._font()).height() * 1.45
        return QRectF(10, 8 + index * line + line * 0.18, line * 1.6, line * 0.64)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.palette_
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setPen(QPen(color(p.muted_text, 0.35)))
        qp.setBrush(color(p.label_bg, 0.9))
        qp.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        qp.setFont(self._font())
        fm = QFontMetricsF(self._font())
        line = fm.height() * 1.45
        for i, (kind, text) in enumerate(self.entries()):
            y = 8 + i * line
            box = self.swatch_box(i)
            paint_swatch(qp, kind, box, p)
            qp.setPen(color(p.text))
            qp.drawText(
                QRectF(box.right() + 10, y, 1000, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        qp.end()
