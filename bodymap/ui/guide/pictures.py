"""The quick guide's pictures, drawn at run time from our own body map (no image files)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from bodymap.core.atlas import Atlas
from bodymap.core.look import derive_look
from bodymap.core.state import ViewState
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color
from bodymap.ui.scene import BodyScene


def body_picture(
    atlas: Atlas, palette: Palette, state: ViewState, width: int, height: int
) -> QImage:
    """The body map as ``state`` shows it, lower back to heels, on the palette's background."""
    scene = BodyScene(atlas, palette)
    scene.apply(derive_look(atlas, state))
    scene.set_depth_captions(state.depth)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scene.render(painter, QRectF(0, 0, width, height), scene.focus_rect)
    painter.end()
    scene.clear()
    return image


def kiosk_corner_picture(body: QImage, palette: Palette, corner: str, seconds: float) -> QImage:
    """A kiosk screen with its PIN corner marked: where staff press and hold to leave."""
    width, height = 360, 250
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.background))
    qp = QPainter(image)
    qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    screen = QRectF(10, 10, width - 20, height - 20)
    qp.setPen(QPen(color(palette.text), 3))
    qp.setBrush(color(palette.label_bg))
    qp.drawRoundedRect(screen, 10, 10)
    thumb = body.scaledToHeight(
        int(screen.height() - 24), Qt.TransformationMode.SmoothTransformation
    )
    qp.drawImage(QPointF(screen.left() + 24, screen.top() + 12), thumb)
    size = 64.0
    x = screen.right() - size if "right" in corner else screen.left()
    y = screen.top() if "top" in corner else screen.bottom() - size
    target = QRectF(x, y, size, size)
    qp.setPen(QPen(color(palette.selection), 3))
    qp.setBrush(color(palette.selection, 0.25))
    qp.drawRoundedRect(target, 10, 10)
    qp.setBrush(color(palette.selection, 0.8))
    qp.setPen(Qt.PenStyle.NoPen)
    qp.drawEllipse(target.center(), 12, 12)
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    qp.setFont(font)
    qp.setPen(color(palette.text))
    words = f"press and hold {seconds:g} s"
    below = QRectF(screen.left() + thumb.width() + 40, target.bottom() + 8, 200, 60)
    if "bottom" in corner:
        below = QRectF(screen.left() + thumb.width() + 40, target.top() - 56, 200, 48)
    align = Qt.AlignmentFlag.AlignRight if "right" in corner else Qt.AlignmentFlag.AlignLeft
    below.moveRight(screen.right() - 6) if "right" in corner else below.moveLeft(screen.left() + 6)
    qp.drawText(below, int(align | Qt.TextFlag.TextWordWrap), words)
    qp.end()
    return image
