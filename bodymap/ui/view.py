"""The canvas: wheel zoom at the pointer, drag to pan, fit; clicks and hovers become ids."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from bodymap.core.i18n import side_name, translate
from bodymap.core.ids import Ref
from bodymap.core.look import Look
from bodymap.core.picking import Picker
from bodymap.ui.scene import BodyScene


class Interaction(Protocol):
    """A swappable input handler (pain drawing, quiz...): return True to consume an event."""

    def press(self, view: BodyView, event: QMouseEvent) -> bool: ...

    def move(self, view: BodyView, event: QMouseEvent) -> bool: ...

    def release(self, view: BodyView, event: QMouseEvent) -> bool: ...


class BodyView(QGraphicsView):
    """Shows the BodyScene; emits ``structure_clicked(Ref | None)`` and ``structure_hovered``."""

    structure_clicked = Signal(object)
    structure_hovered = Signal(object)
    background_clicked = Signal()

    MIN_ZOOM = 0.6  # relative to "fit"
    MAX_ZOOM = 12.0
    DRAG_THRESHOLD = 6  # screen pixels a press may move and still count as a click

    def __init__(self, scene: BodyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.body_scene = scene
        self.picker = Picker(scene.atlas)
        self.click_tolerance_px = 4.0
        # Screen pixels to leave free on each side of the figure when fitting (the label
        # columns while labels are shown); 0 fits the body to the whole viewport.
        self.side_room_px = 0.0
        self.hover_enabled = True
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._panning = False
        self._fit_scale = 1.0
        self._fitted = True
        self.interaction: Interaction | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("View", "Body map"))
        self.setAccessibleDescription(
            translate(
                "View",
                "Drawing of the back of the body. Each muscle, nerve and region drawn is a button "
                "inside it: press one to select it and read about it, or Tab to walk them.",
            )
        )

    # --- zoom and pan ------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Current scale relative to the fitted view."""
        return self.transform().m11() / self._fit_scale if self._fit_scale else 1.0

    @property
    def fitted(self) -> bool:
        """True while the view shows the fitted body (not zoomed or panned since)."""
        return self._fitted

    def fit_body(self) -> None:
        """Fit the body map (lower back to heels) to the window, leaving ``side_room_px``."""
        self.resetTransform()
        focus = self.body_scene.focus_rect
        self.fitInView(focus, Qt.AspectRatioMode.KeepAspectRatio)
        if self.side_room_px > 0:
            fitted = self.transform().m11()
            x0, _y0, x1, _y1 = self.body_scene.atlas.body_box
            room = self.viewport().width() - 2 * self.side_room_px
            # Never below 45 % of the plain fit: a very narrow window lets labels overlap
            # the figure's edges rather than shrink the body to a stamp.
            scale = min(fitted, max(room / max(x1 - x0, 1.0), fitted * 0.45))
            if scale < fitted:
                self.scale(scale / fitted, scale / fitted)
                self.centerOn(focus.center())
        self._fit_tags()
        self._fit_caption_room()
        self._fit_scale = self.transform().m11()
        self._fitted = True

    def _fit_tags(self) -> None:
        """Shrink the fit until LEFT/RIGHT and their captions end inside the viewport.

        The tags keep their screen size while the body scales, so in a small window (or with
        the kiosk's large tags) the room left for them below the feet can be too little."""
        scene = self.body_scene
        tag, caption = scene.side_tags["left"], scene.depth_tags["left"]
        focus = scene.focus_rect
        span = tag.pos().y() - focus.top()
        below = tag.boundingRect().height() / 2 + 4 + caption.boundingRect().height() + 6
        height = self.viewport().height()
        scale = self.transform().m11()
        if span <= 0 or height <= below or span * scale + below <= height:
            return
        target = (height - below) / span
        self.scale(target / scale, target / scale)
        # Centre the body and its tags together, not the body alone.
        content = span * target + below
        self.centerOn(QPointF(focus.center().x(), focus.top() + (content / 2) / target))

    def _fit_caption_room(self) -> None:
        """Tell the scene how far each depth caption may run from the midline in the view,
        so a narrow view shows "Deep" rather than a caption cut off at its edge."""
        scene = self.body_scene
        mid = self.mapFromScene(scene.side_tags["left"].pos()).x()
        margin = 4.0
        scene.set_caption_room(mid - margin, self.viewport().width() - mid - margin)

    def framing(self) -> tuple[bool, QTransform, QPointF]:
        """What the view shows now (fitted?, zoom transform, centre), to give back later."""
        centre = self.mapToScene(self.viewport().rect().center())
        return self._fitted, QTransform(self.transform()), QPointF(centre)

    def restore_framing(self, framing: tuple[bool, QTransform, QPointF]) -> None:
        """Show again what ``framing()`` saw (a fitted view is fitted to today's size)."""
        fitted, transform, centre = framing
        if fitted:
            self.fit_body()
            return
        self.setTransform(transform)
        self.centerOn(centre)
        self._fitted = False
        self.clamp_pan()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by a factor, clamped, keeping ``anchor`` (viewport coords) still."""
        target = max(self.MIN_ZOOM, min(self.MAX_ZOOM, self.zoom * factor))
        factor = target / self.zoom
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            old = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(old)
        else:
            self.scale(factor, factor)
        self._fitted = False
        self.clamp_pan()

    def pan_by(self, dx: float, dy: float) -> None:
        """Pan by screen pixels, keeping part of the body always in view."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(int(h.value() - dx))
        v.setValue(int(v.value() - dy))
        self._fitted = False
        self.clamp_pan()

    def clamp_pan(self) -> None:
        """Never let the body leave the window: keep the view's centre over the body."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        body = self.body_scene.body_rect
        c = visible.center()
        cx = min(max(c.x(), body.left()), body.right())
        cy = min(max(c.y(), body.top()), body.bottom())
        if (cx, cy) != (c.x(), c.y()):
            self.centerOn(QPointF(cx, cy))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.2**steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_body()

    # --- picking -------------------------------------------------------------------------
    def current_look(self) -> Look | None:
        """The look the scene shows now."""
        return self.body_scene.look

    def ref_at(self, pos: QPoint, tolerance_px: float | None = None) -> Ref | None:
        """The structure under a viewport position, with a tolerance in screen pixels."""
        look = self.current_look()
        if look is None:
            return None
        p = self.mapToScene(pos)
        tol = self.click_tolerance_px if tolerance_px is None else tolerance_px
        scale = self.transform().m11() or 1.0
        return self.picker.pick(look, (p.x(), p.y()), tol / scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None and self.interaction.press(self, event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._last = self._press
            self._panning = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None and self.interaction.move(self, event):
            event.accept()
            return
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._panning and (pos - self._press).manhattanLength() > self.DRAG_THRESHOLD:
                self._panning = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._panning and self._last is not None:
                d = pos - self._last
                self.pan_by(d.x(), d.y())
            self._last = pos
            event.accept()
            return
        if self.hover_enabled:
            ref = self.ref_at(pos, 0.0)
            self.structure_hovered.emit(ref)
            self._place_hover_tag(pos, ref)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None and self.interaction.release(self, event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_panning = self._panning
            self._press = None
            self._panning = False
            self.viewport().unsetCursor()
            if not was_panning:
                ref = self.ref_at(event.position().toPoint())
                self.structure_clicked.emit(ref)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.body_scene.hover_tag.setVisible(False)
        self.structure_hovered.emit(None)
        super().leaveEvent(event)

    def _place_hover_tag(self, pos: QPoint, ref: Ref | None) -> None:
        tag = self.body_scene.hover_tag
        if ref is None:
            tag.setVisible(False)
            return
        st = self.body_scene.atlas.structure(ref.id)
        side = f" ({side_name(ref.side)})" if ref.side else ""
        tag.set_text(f"{st.name}{side}")
        tag.setPos(self.mapToScene(pos))
        tag.setVisible(True)
