"""Every legend entry's swatch looks different, and as the scene draws what it names."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bodymap.ui.legend import ENTRIES, OPTIONAL, LegendWidget, paint_swatch
from bodymap.ui.palette import THEMES


def _swatches(qtbot, theme: str) -> dict[str, QImage]:
    legend = LegendWidget(THEMES[theme])
    qtbot.addWidget(legend)
    legend.set_extras({k for k, _ in OPTIONAL})
    legend.resize(legend.sizeHint())
    image = legend.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    ratio = image.devicePixelRatio()
    out = {}
    for i, (kind, _text) in enumerate(legend.entries()):
        box = legend.swatch_box(i)
        rect = QRect(
            round(box.left() * ratio),
            round(box.top() * ratio),
            round(box.width() * ratio),
            round(box.height() * ratio),
        )
        out[kind] = image.copy(rect)
    assert list(out) == [k for k, _ in (*ENTRIES, *OPTIONAL)]
    return out


def _alone(kind: str, theme: str) -> bytes:
    """One swatch painted by the legend's own code at one fixed box on the theme's background."""
    image = QImage(60, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor(THEMES[theme].label_bg))
    qp = QPainter(image)
    qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paint_swatch(qp, kind, QRectF(10, 8, 32, 12.8), THEMES[theme])
    qp.end()
    return bytes(image.constBits())


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_differently_named_entries_have_different_swatches(qapp, theme):
    """No two legend entries paint the same pixels at the same place, in any theme."""
    kinds = [k for k, _ in (*ENTRIES, *OPTIONAL)]
    pixels = {k: _alone(k, theme) for k in kinds}
    same = [(a, b) for a, b in itertools.combinations(kinds, 2) if pixels[a] == pixels[b]]
    assert same == []


def test_mapped_swatch_shows_both_mapped_looks(qtbot):
    """On screen the mapped swatch shows the essential fill left and spillover stripes right."""
    s = _swatches(qtbot, "light")
    mapped, essential, spillover = s["mapped"], s["essential"], s["spillover"]
    mid = mapped.height() // 2
    left = QPoint(mapped.width() // 4, mid)
    assert mapped.pixelColor(left) == essential.pixelColor(QPoint(essential.width() // 2, mid))

    def row(image: QImage, x0: int, x1: int) -> set[int]:
        return {image.pixel(x, mid) for x in range(x0, x1)}

    w = mapped.width()
    stripes = row(mapped, w * 5 // 8, w * 7 // 8)
    assert len(stripes) > 1  # striped, not one flat colour
    assert stripes & row(spillover, 4, spillover.width() - 4)
