"""Keeps the floating legend off the selection, its trigger points, its zones and the tags.

The legend may sit in any corner of the canvas and at three sizes. The first corner and size
whose rectangle meets none of the protected on-screen boxes wins (corners in reading order,
largest size first). When no place is free (a canvas squeezed by docks), the legend steps
aside until there is room again: covering the selection would be worse than not explaining
it. It is placed again whenever the state, the canvas size, the zoom or the pan changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QGraphicsItem, QWidget

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

MARGIN = 12
SHRINK = (1.0, 0.85, 0.72)


def screen_rect(window: MainWindow, item: QGraphicsItem) -> QRect:
    """An item's box in the canvas's pixels (right for items that keep their screen size)."""
    view = window.view
    box = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
    rect = box.toAlignedRect()
    return rect.translated(view.viewport().mapTo(window.canvas, rect.topLeft()) - rect.topLeft())


def protected_rects(window: MainWindow, keep_clear: Sequence[QWidget] = ()) -> list[QRect]:
    """What no floating widget may cover: the selection, its markers and zones, the side tags,
    and any widget shown over the canvas that asked to be kept clear (the kiosk's welcome)."""
    scene = window.scene
    look = scene.look
    rects: list[QRect] = []
    if look is not None:
        for key in look.selected | look.markers | look.zones:
            item = scene.items_by_key.get(key)
            if item is not None and item.isVisible():
                rects.append(screen_rect(window, item))
    for tag in [*scene.side_tags.values(), *scene.depth_tags.values()]:
        if tag.isVisible():
            rects.append(screen_rect(window, tag))
    canvas = window.canvas
    for widget in keep_clear:
        if shiboken6.isValid(widget) and widget.isVisible():
            corner = canvas.mapFrom(window, widget.mapTo(window, QPoint(0, 0)))
            rects.append(QRect(corner, widget.size()))
    return [r for r in rects if not r.isEmpty()]


def overlap(rect: QRect, others: list[QRect]) -> int:
    """Pixels of ``rect`` covered by any of ``others`` (summed; overlaps counted twice)."""
    total = 0
    for other in others:
        inter = rect.intersected(other)
        if not inter.isEmpty():
            total += inter.width() * inter.height()
    return total


class LegendPlacer(QObject):
    """Moves ``window.legend`` to the free corner, at the largest size that is free."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.legend = window.legend
        self.base_pt = self.legend.point_size
        self.scale = 1.0
        self._set_pt = self.base_pt  # the size this placer last gave the legend
        self._busy = False
        self._last: tuple[object, ...] | None = None  # what the last placement saw and did
        # Widgets over the canvas the legend must not hide behind (``keep_clear(widget)``).
        self.clear_of: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        window.canvas.place_legend = self.place  # type: ignore[attr-defined]
        window.store.state_changed.connect(lambda _o, _n: self.schedule())
        view = window.view
        view.horizontalScrollBar().valueChanged.connect(self.schedule)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.viewport().installEventFilter(self)
        self.legend.installEventFilter(self)
        self.place()

    def keep_clear(self, widget: QWidget) -> None:
        """Keep the legend off ``widget`` while it is shown over the canvas."""
        self.clear_of.append(widget)
        self.schedule()

    def schedule(self) -> None:
        """Place the legend once the current burst of changes is over."""
        self._timer.start()

    def candidates(self) -> list[tuple[float, QRect]]:
        """Every (size, rectangle) the legend may take, in order of preference."""
        canvas = self.window.canvas.rect()
        out = []
        top = self.window.view.geometry().top()
        for scale in SHRINK:
            self.legend.point_size = self.base_pt * scale
            hint = self.legend.sizeHint()
            w, h = hint.width(), hint.height()
            left, right = MARGIN, canvas.width() - w - MARGIN
            upper, lower = top + MARGIN, canvas.height() - h - MARGIN
            for x, y in ((left, upper), (right, upper), (left, lower), (right, lower)):
                out.append((scale, QRect(x, y, w, h)))
        return out

    def place(self) -> None:
        """Put the legend where it covers nothing that matters."""
        if self._busy:
            return
        if abs(self.legend.point_size - self._set_pt) > 1e-6:
            self.base_pt = self.legend.point_size  # set_point_size from a mode (kiosk, F11)
        self._busy = True
        try:
            protected = protected_rects(self.window, self.clear_of)
            canvas = self.window.canvas.rect()
            # Nothing the choice depends on has moved (most clicks): the legend stays put.
            key = (
                tuple(r.getRect() for r in protected),
                canvas.getRect(),
                self.window.view.geometry().top(),
                self.base_pt,
                self.legend.point_size,
                self.legend.font().key(),
                tuple(self.legend.entries()),
                self.legend.geometry().getRect(),
                self.legend.isVisibleTo(self.legend.parentWidget()),
            )
            if key == self._last:
                return
            free = [
                (scale, rect)
                for scale, rect in self.candidates()
                if canvas.contains(rect) and not overlap(rect, protected)
            ]
            self.scale, rect = free[0] if free else (1.0, QRect())
            self.legend.point_size = self._set_pt = self.base_pt * self.scale
            if free:
                self.legend.setGeometry(rect)
                self.legend.raise_()
                self.legend.update()
            self.legend.setVisible(bool(free))
            self._last = (
                *key[:4],
                self.legend.point_size,
                self.legend.font().key(),
                tuple(self.legend.entries()),
                self.legend.geometry().getRect(),
                self.legend.isVisibleTo(self.legend.parentWidget()),
            )
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget) and kind == QEvent.Type.Resize and not self._busy:
            self.schedule()
        return False
