"""Every structure reachable from the keyboard, with a visible focus ring and spoken names.

Tab / Shift+Tab and the Down / Up arrows walk the visible structures in anatomical order
(``core.traversal.focus_order``: the person's left side then the right, top to bottom,
superficial before deep); Left / Right jump to the same structure on that side; Enter or
Space selects (or answers, in the quiz). Tab past the last structure lets focus leave the
drawing, so the keyboard is never trapped. Each move emits ``focus_moved(Ref)`` once;
``accessible_map`` turns it into one focus event on that structure's accessible child, so a
screen reader says "piriformis, right, muscle, deep layer" once per step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.core.i18n import side_name
from bodymap.core.ids import Ref, Side
from bodymap.core.traversal import anchor, focus_order, ref_shapes
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color, path_from_rings

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

RING_Z = 1.4e6  # above the plate, below the labels


class FocusRing(QGraphicsItem):
    """A two-tone dashed ring round the focused structure: readable on any colour."""

    def __init__(self, palette: Palette) -> None:
        super().__init__()
        self.palette = palette
        self.path = QPainterPath()
        self.setZValue(RING_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def set_path(self, path: QPainterPath) -> None:
        """Ring a new outline."""
        self.prepareGeometryChange()
        self.path = path

    def boundingRect(self) -> QRectF:
        # Cosmetic pens draw a few pixels outside the path whatever the zoom.
        return self.path.boundingRect().adjusted(-12, -12, 12, 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        halo = QPen(color(self.palette.halo))
        halo.setCosmetic(True)
        halo.setWidthF(6.0)
        painter.setPen(halo)
        painter.drawPath(self.path)
        ring = QPen(color(self.palette.text))
        ring.setCosmetic(True)
        ring.setWidthF(3.0)
        ring.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(ring)
        painter.drawPath(self.path)


class KeyboardNavigator(QObject):
    """Moves a focus ring through the visible structures and selects with Enter."""

    focus_moved = Signal(object)  # Ref | None, once per move

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.atlas = window.atlas
        self.view = window.view
        self.focus: Ref | None = None
        self.ring = FocusRing(window.scene.palette)
        window.scene.addItem(self.ring)
        # Enter selects by default; the quiz swaps this to take Enter as an answer.
        self.activate: Callable[[Ref], None] = window.select
        self.show_names = True  # a name tag beside the ring, for sighted keyboard users
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        window.store.state_changed.connect(lambda _old, _new: self._follow_state())

    # --- order and moving -----------------------------------------------------------------
    def order(self) -> list[Ref]:
        """The visible structures in the order Tab visits them."""
        look = self.window.scene.look
        return focus_order(self.atlas, look) if look is not None else []

    def step(self, delta: int, leave_at_end: bool = False) -> bool:
        """Move the focus by ``delta``; False when it runs off an end and may leave."""
        order = self.order()
        if not order:
            return False
        if self.focus not in order:
            index = 0 if delta > 0 else len(order) - 1
        else:
            index = order.index(self.focus) + delta  # type: ignore[arg-type]
            if not 0 <= index < len(order):
                if leave_at_end:
                    self.set_focus(None)
                    return False
                index = max(0, min(len(order) - 1, index))
        self.set_focus(order[index])
        return True

    def to_side(self, side: Side) -> None:
        """Jump to the same structure on the given side, or the nearest one there."""
        order = self.order()
        if self.focus is None or self.focus.side is None:
            self.step(1)
            return
        if self.focus.side == side:
            return
        target = self.focus.on(side)
        if target in order:
            self.set_focus(target)
            return
        look = self.window.scene.look
        here = anchor(self.atlas, look, self.focus) if look is not None else None
        there = [r for r in order if r.side == target.side]
        if here is None or not there or look is None:
            return
        self.set_focus(
            min(there, key=lambda r: abs((anchor(self.atlas, look, r) or here)[1] - here[1]))
        )

    def set_focus(self, ref: Ref | None, moved: bool = True) -> None:
        """Focus a structure: ring it, and (when it is a move) tell assistive technology."""
        self.focus = ref
        if moved:
            self.focus_moved.emit(ref)
        look = self.window.scene.look
        shapes = ref_shapes(self.atlas, look, ref) if ref is not None and look else []
        tag = self.window.scene.hover_tag
        if not shapes or ref is None:
            self.ring.setVisible(False)
            tag.setVisible(False)
            return
        path = QPainterPath()
        for shape in shapes:
            outline = path_from_rings(shape.rings, shape.closed)
            if not shape.closed:
                stroker = QPainterPathStroker()
                stroker.setWidth(max(shape.width, 2.0) + 10)
                outline = stroker.createStroke(outline)
            path.addPath(outline)
        self.ring.set_path(path.simplified())
        self.ring.setVisible(True)
        a = anchor(self.atlas, look, ref) if look is not None else None
        if self.show_names and a is not None:
            side = f" ({side_name(ref.side)})" if ref.side else ""
            tag.set_text(f"{self.atlas.structure(ref.id).name}{side}")
            tag.setPos(QPointF(*a))
            tag.setVisible(True)
        box = path.boundingRect()
        self.view.ensureVisible(box, 40, 40)

    def _follow_state(self) -> None:
        """After a state change the focused structure may be hidden: focus its nearest peer."""
        if self.focus is None:
            return
        order = self.order()
        if self.focus in order:
            # Redraw the ring (a nerve may now lie beneath); the focus itself did not move.
            self.set_focus(self.focus, moved=False)
            return
        same = [r for r in order if r.id == self.focus.id]
        self.set_focus(same[0] if same else None)

    # --- events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.view:
            assert isinstance(event, QKeyEvent)
            return self.key(event)
        if kind == QEvent.Type.FocusIn and watched is self.view:
            assert isinstance(event, QFocusEvent)
            # Tabbing into the drawing lands on its first structure (Shift+Tab: its last).
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.set_focus(None)
                self.step(1)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.set_focus(None)
                self.step(-1)
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut):
            # The mouse took over, or focus left the drawing: hide the ring. While the window
            # is torn down the scene may already be gone, so touch only live C++ objects.
            self._hide_ring()
        return False

    def _hide_ring(self) -> None:
        scene = self.window.scene
        if shiboken6.isValid(scene) and shiboken6.isValid(self.ring):
            self.ring.setVisible(False)
            scene.hover_tag.setVisible(False)

    def key(self, event: QKeyEvent) -> bool:
        """Handle one key press; True when it was a navigation key."""
        k = event.key()
        mods = event.modifiers()
        key = Qt.Key
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if k == key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier:
            return self.step(1, leave_at_end=True)
        if k == key.Key_Backtab or (k == key.Key_Tab and mods & Qt.KeyboardModifier.ShiftModifier):
            return self.step(-1, leave_at_end=True)
        if k == key.Key_Down:
            self.step(1)
        elif k == key.Key_Up:
            self.step(-1)
        elif k == key.Key_Left:
            self.to_side("left")
        elif k == key.Key_Right:
            self.to_side("right")
        elif k == key.Key_Home:
            order = self.order()
            self.set_focus(order[0] if order else None)
        elif k == key.Key_End:
            order = self.order()
            self.set_focus(order[-1] if order else None)
        elif k in (key.Key_Return, key.Key_Enter, key.Key_Space):
            if self.focus is None:
                return False
            self.activate(self.focus)
        else:
            return False
        return True

    def focus_point(self) -> QPointF | None:
        """The focused structure's anchor in scene coordinates (tests, tooltips)."""
        look = self.window.scene.look
        if self.focus is None or look is None:
            return None
        a = anchor(self.atlas, look, self.focus)
        return QPointF(*a) if a is not None else None

    def set_palette(self, palette: Palette) -> None:
        """A new theme."""
        self.ring.palette = palette
        self.ring.update()
