"""The "Where does it hurt?" tool: paint on the body with an intensity, erase, undo, clear.

Strokes live in ``ViewState.strokes`` (drawing coordinates); every change goes through the
store, and ``PainLayer`` redraws them. Undo and redo use ``bodymap.core.history`` and cover
every change of the drawing (painting, erasing, clearing, opening a session); call
``reset_history()`` after loading a drawing that should not be undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainterPath
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QStyle, QToolBar

from bodymap.core import history as hist
from bodymap.core import state as ops
from bodymap.core.geometry import Point
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.painting import body_raster, stroke_side
from bodymap.core.state import Stroke, ViewState
from bodymap.ui.qt import path_from_rings
from bodymap.ui.therapist.paint_layer import PainLayer

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.view import BodyView

INTENSITY_WORDS = {
    0: QT_TRANSLATE_NOOP("TherapistDrawing", "none"),
    1: QT_TRANSLATE_NOOP("TherapistDrawing", "mild"),
    2: QT_TRANSLATE_NOOP("TherapistDrawing", "mild"),
    3: QT_TRANSLATE_NOOP("TherapistDrawing", "mild"),
    4: QT_TRANSLATE_NOOP("TherapistDrawing", "moderate"),
    5: QT_TRANSLATE_NOOP("TherapistDrawing", "moderate"),
    6: QT_TRANSLATE_NOOP("TherapistDrawing", "moderate"),
    7: QT_TRANSLATE_NOOP("TherapistDrawing", "severe"),
    8: QT_TRANSLATE_NOOP("TherapistDrawing", "severe"),
    9: QT_TRANSLATE_NOOP("TherapistDrawing", "severe"),
    10: QT_TRANSLATE_NOOP("TherapistDrawing", "worst"),
}
BRUSHES = (
    (QT_TRANSLATE_NOOP("TherapistDrawing", "Fine brush"), 16.0),
    (QT_TRANSLATE_NOOP("TherapistDrawing", "Medium brush"), 32.0),
    (QT_TRANSLATE_NOOP("TherapistDrawing", "Broad brush"), 60.0),
)
MIN_STEP_PX = 3  # screen pixels between recorded points


class PaintInteraction:
    """Mouse or finger input that paints strokes (the view's swappable interaction)."""

    def __init__(self, tool: DrawingTool) -> None:
        self.tool = tool
        self.points: list[Point] = []
        self._last: QPoint | None = None

    def press(self, view: BodyView, event: QMouseEvent) -> bool:
        """Start a stroke with the left button (or a finger)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        p = view.mapToScene(pos)
        self.points = [(p.x(), p.y())]
        self._last = pos
        self.tool.preview(tuple(self.points))
        return True

    def move(self, view: BodyView, event: QMouseEvent) -> bool:
        """Extend the stroke; without a stroke, swallow hover so nothing lights up."""
        if not self.points or not event.buttons() & Qt.MouseButton.LeftButton:
            return True
        pos = event.position().toPoint()
        if self._last is not None and (pos - self._last).manhattanLength() < MIN_STEP_PX:
            return True
        p = view.mapToScene(pos)
        self.points.append((p.x(), p.y()))
        self._last = pos
        self.tool.preview(tuple(self.points))
        return True

    def release(self, view: BodyView, event: QMouseEvent) -> bool:
        """Commit the stroke to the state."""
        if event.button() != Qt.MouseButton.LeftButton or not self.points:
            return False
        pos = event.position().toPoint()
        if self._last is None or pos != self._last:
            p = view.mapToScene(pos)
            self.points.append((p.x(), p.y()))
        points, self.points, self._last = tuple(self.points), [], None
        self.tool.commit(points)
        return True


def body_outline(window: MainWindow) -> QPainterPath:
    """The skin silhouette's outline in scene units: paint outside it is not drawn."""
    out = QPainterPath()
    for shape in window.atlas.geometry.of_class("skin"):
        out = out.united(path_from_rings(shape.rings, True))
    if out.isEmpty():  # an atlas without a silhouette: the body's box
        x0, y0, x1, y1 = window.atlas.body_box
        out.addRect(x0, y0, x1 - x0, y1 - y0)
    return out


class DrawingTool:
    """Owns the draw toggle, the drawing toolbar, the undo history and the paint layer."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.store = window.store
        self.history = hist.History()
        self._restoring = False
        self._mode_before = "explore"
        self.layer = PainLayer(window.scene, window.palette_, body_outline(window))
        self.interaction = PaintInteraction(self)
        self.intensity = 6
        self.width = BRUSHES[1][1]
        sp = QStyle.StandardPixmap
        self.act_draw = self._action(
            translate("TherapistDrawing", "Where does it hurt?"),
            self.set_active,
            "Ctrl+B",
            sp.SP_DialogApplyButton,
            translate("TherapistDrawing", "Paint where it hurts on the body (mouse or finger)"),
        )
        self.act_draw.setCheckable(True)
        self.act_erase = self._action(
            translate("TherapistDrawing", "Eraser"),
            lambda on: None,
            None,
            sp.SP_DialogDiscardButton,
            translate("TherapistDrawing", "Rub out part of the drawing"),
        )
        self.act_erase.setCheckable(True)
        self.act_undo = self._action(
            translate("TherapistDrawing", "Undo drawing"),
            self.undo,
            "Ctrl+Z",
            sp.SP_ArrowBack,
            translate("TherapistDrawing", "Undo the last change to the drawing"),
        )
        self.act_redo = self._action(
            translate("TherapistDrawing", "Redo drawing"),
            self.redo,
            "Ctrl+Shift+Z",
            sp.SP_ArrowForward,
            translate("TherapistDrawing", "Redo the change just undone"),
        )
        self.act_clear = self._action(
            translate("TherapistDrawing", "Clear drawing"),
            self.clear,
            None,
            sp.SP_TrashIcon,
            translate("TherapistDrawing", "Remove the whole drawing (can be undone)"),
        )
        self.toolbar = self._build_toolbar()
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.act_draw)
        self.store.state_changed.connect(self.on_state_changed)
        self.layer.set_strokes(self.store.state.strokes)
        self._update_actions()

    def _action(
        self, text: str, slot: object, shortcut: str | None, icon: QStyle.StandardPixmap, tip: str
    ) -> QAction:
        act = QAction(self.window.style().standardIcon(icon), text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar(translate("TherapistDrawing", "Pain drawing"), self.window)
        tb.setObjectName("painToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addWidget(QLabel(translate("TherapistDrawing", " Intensity: "), tb))
        self.slider = QSlider(Qt.Orientation.Horizontal, tb)
        self.slider.setRange(1, 10)
        self.slider.setValue(self.intensity)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(160)
        self.slider.setMaximumWidth(280)
        self.slider.setAccessibleName(translate("TherapistDrawing", "Pain intensity, 1 to 10"))
        self.slider.valueChanged.connect(self.set_intensity)
        tb.addWidget(self.slider)
        self.level_label = QLabel(tb)
        self.level_label.setMinimumWidth(110)
        tb.addWidget(self.level_label)
        self.brush = QComboBox(tb)
        for text, width in ((translate("TherapistDrawing", t), w) for t, w in BRUSHES):
            self.brush.addItem(text, width)
        self.brush.setCurrentIndex(1)
        self.brush.setAccessibleName(translate("TherapistDrawing", "Brush size"))
        self.brush.activated.connect(lambda i: setattr(self, "width", BRUSHES[i][1]))
        tb.addWidget(self.brush)
        for act in (self.act_erase, self.act_undo, self.act_redo, self.act_clear):
            tb.addAction(act)
        self.window.addToolBarBreak()
        self.window.addToolBar(tb)
        tb.setVisible(False)
        self.set_intensity(self.intensity)
        return tb

    # --- the mode ----------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while painting replaces clicking."""
        return self.window.view.interaction is self.interaction

    def set_active(self, on: bool) -> None:
        """Turn the draw mode on or off (the toolbar toggle)."""
        view = self.window.view
        if on and not self.active:
            # One mode owns the mouse at a time: painting ends a running quiz first.
            student = getattr(self.window, "student", None)
            quiz = getattr(student, "built_quiz", None)  # a quiz never opened has nothing to stop
            if quiz is not None:
                quiz.stop()
            self._mode_before = self.store.state.mode
            view.interaction = self.interaction
            view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            view.body_scene.hover_tag.setVisible(False)
            self.store.update(ops.set_mode, "draw")
            self.window.statusBar().showMessage(
                translate(
                    "TherapistDrawing",
                    "Paint where it hurts, on the side where it hurts. Choose the intensity above; "
                    "the eraser rubs out; Ctrl+Z undoes.",
                )
            )
        elif not on and self.active:
            view.interaction = None
            view.viewport().unsetCursor()
            self.store.update(ops.set_mode, self._mode_before)
            self.window.statusBar().clearMessage()
        self.act_draw.setChecked(on)
        self.toolbar.setVisible(on)

    def set_intensity(self, level: int) -> None:
        """Choose the intensity of the next strokes (1-10)."""
        self.intensity = level
        word = translate("TherapistDrawing", INTENSITY_WORDS[level])
        self.level_label.setText(f"{level}/10 {word}")
        if self.slider.value() != level:
            self.slider.setValue(level)

    # --- strokes -------------------------------------------------------------------------------
    def preview(self, points: tuple[Point, ...]) -> None:
        """Show the stroke being drawn."""
        self.layer.show_live(points, self.width, self.intensity, self.act_erase.isChecked())

    def commit(self, points: tuple[Point, ...]) -> None:
        """Add a finished stroke to the drawing through the store."""
        self.layer.hide_live()
        midline = body_raster(self.window.atlas).midline
        stroke = Stroke(
            points,
            intensity=self.intensity,
            width=self.width,
            erase=self.act_erase.isChecked(),
            side=stroke_side(points, midline),
        )
        self.store.update(ops.add_stroke, stroke)

    def clear(self) -> None:
        """Remove the whole drawing (undoable)."""
        self.store.update(ops.clear_strokes)

    def undo(self) -> None:
        """Bring back the drawing as it was before the last change."""
        self._restore(hist.undo)

    def redo(self) -> None:
        """Re-apply the change just undone."""
        self._restore(hist.redo)

    def _restore(self, step: object) -> None:
        assert callable(step)
        self.history, new = step(self.history, self.store.state)
        self._restoring = True
        try:
            self.store.set(new)
        finally:
            self._restoring = False
        self._update_actions()

    def reset_visitor_data(self) -> None:
        """Kiosk reset: leave draw mode and forget undo, so no visitor's strokes come back."""
        self.set_active(False)
        self.reset_history()

    def reset_history(self) -> None:
        """Forget undo and redo (after opening a saved session, for instance)."""
        self.history = hist.History()
        self._update_actions()

    def on_state_changed(self, old: ViewState, new: ViewState) -> None:
        """Redraw the strokes and remember drawing changes for undo."""
        if old.strokes == new.strokes:
            return
        if not self._restoring:
            self.history = hist.record(self.history, old, new)
        self.layer.set_strokes(new.strokes)
        self.sync_legend()
        self._update_actions()

    def set_hidden(self, hidden: bool) -> None:
        """Keep the drawing off the plate (a referral question would be given away) or not."""
        self.layer.set_hidden(hidden)
        self.sync_legend()

    def sync_legend(self) -> None:
        """The legend's "Your drawing" entry, while there is a drawing on show."""
        shown = bool(self.store.state.strokes) and not self.layer.hidden
        self.window.legend.set_shown("drawing", shown)

    def _update_actions(self) -> None:
        self.act_undo.setEnabled(self.history.can_undo)
        self.act_redo.setEnabled(self.history.can_redo)
        self.act_clear.setEnabled(bool(self.store.state.strokes))
