"""A small legend drawn over the canvas: nerve, lit stretch, trigger point, zones."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from bodymap.ui.items import hatch_pixmap
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color

ENTRIES = (
    ("nerve", "Sciatic nerve and branches"),
    ("beneath", "Nerve beneath muscle"),
    ("emphasis", "Stretch this muscle can press on"),
    ("trp", "Trigger point (typical)"),
    ("essential", "Essential pain zone"),
    ("spillover", "Spillover pain zone"),
)


class LegendWidget(QWidget):
    """Paints the legend entries; transparent for the mouse so it never blocks a click."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.point_size = 9.5
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(text for _, text in ENTRIES))

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
        width = max(fm.horizontalAdvance(t) for _, t in ENTRIES) + line * 2.2 + 24
        return QSize(int(width), int(line * len(ENTRIES) + 16))

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
        sw = line * 1.6
        for i, (kind, text) in enumerate(ENTRIES):
            y = 8 + i * line
            box = QRectF(10, y + line * 0.18, sw, line * 0.64)
            mid = QPointF(box.left(), box.center().y())
            end = QPointF(box.right(), box.center().y())
            if kind in ("nerve", "beneath", "emphasis"):
                if kind == "emphasis":
                    qp.setPen(
                        QPen(
                            color(p.emphasis, 0.5),
                            line * 0.6,
                            Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap,
                        )
                    )
                    qp.drawLine(mid, end)
                pen = QPen(
                    color(p.nerve), line * 0.28, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap
                )
                if kind == "beneath":
                    pen.setStyle(Qt.PenStyle.DashLine)
                qp.setPen(pen)
                qp.drawLine(mid, end)
            elif kind == "trp":
                c = box.center()
                s = line * 0.25
                for hex_text, w in ((p.halo, 5.0), (p.trigger_point, 2.6)):
                    qp.setPen(
                        QPen(color(hex_text), w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                    )
                    qp.drawLine(c + QPointF(-s, -s), c + QPointF(s, s))
                    qp.drawLine(c + QPointF(-s, s), c + QPointF(s, -s))
            elif kind == "essential":
                qp.setPen(QPen(color(p.zone), 1.4))
                qp.setBrush(color(p.zone, 0.55))
                qp.drawRoundedRect(box, 3, 3)
            else:
                qp.setPen(QPen(color(p.zone), 1.2, Qt.PenStyle.DashLine))
                qp.setBrush(color(p.zone, 0.22))
                qp.drawRoundedRect(box, 3, 3)
                qp.setBrush(QBrush(hatch_pixmap(p.zone)))
                qp.setPen(Qt.PenStyle.NoPen)
                qp.drawRoundedRect(box, 3, 3)
            qp.setPen(color(p.text))
            qp.drawText(
                QRectF(box.right() + 10, y, 1000, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        qp.end()
