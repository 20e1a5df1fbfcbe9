"""The one door for Qt plumbing: shared helpers for turning core geometry into Qt objects."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainterPath,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

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


def keep_words_whole(doc: QTextDocument, width: float) -> bool:
    """Wrap only between words, and shrink a heading whose longest word is wider than the text.

    Qt's default wrap breaks a word anywhere when it does not fit: a narrow panel then shows
    "Semimembrano" over "sus". Headings are the words that get that wide; body text never is.
    Returns True when a heading was made smaller (set the text again before a wider fit).
    """
    shrunk = False
    option = doc.defaultTextOption()
    if option.wrapMode() != QTextOption.WrapMode.WordWrap:
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
    room = width - 2 * doc.documentMargin() - 4
    if room <= 0:
        return False
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            fmt = block.begin().fragment().charFormat() if not block.begin().atEnd() else None
            if fmt is not None:
                font = fmt.font()
                fm = QFontMetricsF(font)
                widest = max((fm.horizontalAdvance(w) for w in block.text().split()), default=0.0)
                if widest > room and font.pointSizeF() > 0:
                    smaller = fmt
                    smaller.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    smaller.setFontPointSize(font.pointSizeF() * room / widest)
                    cursor = QTextCursor(block)
                    cursor.movePosition(
                        QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(smaller)  # replaces the size adjustment too
                    shrunk = True
        block = block.next()
    return shrunk
