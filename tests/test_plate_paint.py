"""The plate's cheaper paint draws the same picture: outlines in pieces, bands from outlines."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem

from bodymap.ui.items import Flags, NerveItem
from bodymap.ui.scene import BodyScene

W, H = 1920, 1080


@pytest.fixture
def scene(qapp, atlas) -> BodyScene:
    return BodyScene(atlas)


def fitted(scene: BodyScene) -> QTransform:
    """The drawing's view box fitted into a 1920 x 1080 image (the render benchmark's framing)."""
    vx, vy, vw, vh = scene.atlas.geometry.view_box
    s = min(W / vw, H / vh)
    return (
        QTransform().translate((W - vw * s) / 2, (H - vh * s) / 2).scale(s, s).translate(-vx, -vy)
    )


def draw(transform: QTransform, fn) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    fn(painter)
    painter.end()
    return image


def differing(a: QImage, b: QImage) -> list[tuple[int, int, int]]:
    """(x, y, largest channel difference) of every pixel where the two images differ."""
    out = []
    for y in range(a.height()):
        if a.constScanLine(y).tobytes() == b.constScanLine(y).tobytes():
            continue
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                diff = max(abs(((pa >> k) & 255) - ((pb >> k) & 255)) for k in (0, 8, 16, 24))
                out.append((x, y, diff))
    return out


@pytest.mark.parametrize(
    "flags",
    [
        Flags(),
        Flags(lit=True),
        Flags(lit=True, emphasised=True),
        Flags(beneath=True),
        Flags(dimmed=True),
    ],
    ids=["plain", "lit", "emphasised", "beneath", "dimmed"],
)
def test_nerve_bands_filled_from_outlines_are_the_pens_pixels(scene, flags):
    """A nerve stretch filled from its stored band outlines has exactly the pixels of its pens."""
    nerves = [i for i in scene.items_by_key.values() if isinstance(i, NerveItem)]
    assert nerves
    t = fitted(scene)
    option = QStyleOptionGraphicsItem()
    for item in nerves:
        item.flags_now = flags

    def with_pens(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        for item in nerves:
            for pen in item.band_pens(flags):
                p.setPen(pen)
                p.drawPath(item.path())

    def painted(p: QPainter) -> None:
        for item in nerves:
            item.paint(p, option)

    reference, ours = draw(t, with_pens), draw(t, painted)
    assert reference != draw(t, lambda p: None)  # the nerves are there
    assert ours == reference


def test_long_outline_in_pieces_differs_only_where_the_pieces_meet(scene):
    """The skin's outline in pieces matches one stroke of it but for a few pixels at the joints."""
    skin = scene.items_by_key["skin"]
    t = fitted(scene)
    option = QStyleOptionGraphicsItem()
    one = draw(t, lambda p: QGraphicsPathItem.paint(skin, p, option))
    pieces = draw(t, lambda p: skin.paint(p, option))
    joints = [t.map(piece.pointAtPercent(0)) for piece in skin._outline_pieces()]
    assert len(joints) > 1  # the 1,100-point outline is split
    diffs = differing(one, pieces)
    assert len(diffs) < 150
    for x, y, diff in diffs:
        assert diff <= 48
        assert min(math.hypot(x - j.x(), y - j.y()) for j in joints) <= 3.0


def test_vector_output_keeps_one_path_per_shape_and_the_nerve_pens(scene):
    """Drawn into an SVG, the skin is one stroked path and each nerve band a stroked pen."""
    skin = scene.items_by_key["skin"]
    nerve = next(i for i in scene.items_by_key.values() if isinstance(i, NerveItem))
    nerve.flags_now = Flags(lit=True, emphasised=True)  # four bands: rim, glow, edge, core
    option = QStyleOptionGraphicsItem()

    def svg(item) -> str:  # type: ignore[no-untyped-def]
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(W, H))
        generator.setViewBox(QRect(0, 0, W, H))
        painter = QPainter(generator)
        item.paint(painter, option)
        painter.end()
        return bytes(QByteArray(buffer.data()).data()).decode()

    assert svg(skin).count("<path") == 1
    nerve_svg = svg(nerve)
    assert nerve_svg.count("<path") == len(nerve.band_pens(nerve.flags_now)) == 4
    assert 'fill="none"' in nerve_svg
