"""A small picture of a session's pain drawing on the body's outline, for the Clients window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen

from bodymap.core.atlas import Atlas
from bodymap.core.state import Stroke
from bodymap.ui.palette import THEMES
from bodymap.ui.qt import color, path_from_rings
from bodymap.ui.therapist.paint_layer import OPACITY, apply_stroke, intensity_color

WIDTH, HEIGHT = 60, 112  # pixels; the figure is about 1 : 2


def render_thumbnail(atlas: Atlas, strokes: Iterable[Stroke]) -> QImage:
    """The body's outline (light plate) with the client's drawing, as a small image."""
    palette = THEMES["light"]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(color(palette.background))
    skin = atlas.geometry.shapes.get("skin")
    if skin is None:
        return image
    x0, y0, x1, y1 = atlas.body_box
    scale = min((WIDTH - 4) / (x1 - x0), (HEIGHT - 4) / (y1 - y0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate((WIDTH - (x1 - x0) * scale) / 2, (HEIGHT - (y1 - y0) * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-x0, -y0)
    outline = QPen(color(palette.skin_outline))
    outline.setCosmetic(True)
    outline.setWidthF(1.0)
    painter.setPen(outline)
    painter.setBrush(color(palette.skin))
    body = path_from_rings(skin.rings, True)
    painter.drawPath(body)
    levels: dict[int, QPainterPath] = {}
    for stroke in strokes:
        apply_stroke(levels, stroke)
    painter.setClipPath(body)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setOpacity(max(OPACITY, 0.75))  # a thumbnail needs a little more ink
    for level in sorted(levels):
        painter.setBrush(intensity_color(palette, level))
        painter.drawPath(levels[level])
    painter.end()
    return image


def thumbnail_png(atlas: Atlas, strokes: Iterable[Stroke]) -> bytes:
    """The thumbnail as PNG bytes, as the library stores it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_thumbnail(atlas, strokes).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def image_from_png(data: bytes | None) -> QImage:
    """A stored thumbnail back as an image (an empty image for none or bad bytes)."""
    image = QImage()
    if data:
        image.loadFromData(data, "PNG")
    return image
