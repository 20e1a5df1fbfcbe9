"""The one door for Qt plumbing: shared helpers for turning core geometry into Qt objects."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath

from bodymap.core.geometry import Point


def color(hex_text: str, alpha: float | None = None) -> QColor:
    """A QColor from ``#RRGGBB``, optionally with an alpha between 0 and 1."""
    c = QColor(hex_text)
    if alpha is not None:
        c.setAlphaF(alpha)
    return c


def path_from_rings(rings: Sequence[Sequence[Point]], closed: bool) -> QPainterPath:
    """A QPainterPath through the rings (closed polygons, or open polylines)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        if not ring:
            continue
        path.moveTo(QPointF(*ring[0]))
        for p in ring[1:]:
            path.lineTo(QPointF(*p))
        if closed:
            path.closeSubpath()
    return path
