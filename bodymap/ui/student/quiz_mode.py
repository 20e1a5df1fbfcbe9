"""Quiz mode: questions in a dock, answers on the drawing, feedback drawn on the plate.

"Click the …" questions hide the labels and take the next click (or Enter on the keyboard
focus) as the answer through a swappable view Interaction. "Which muscle refers pain here?"
shows one muscle's referral zones and four answer buttons. After each answer the drawing
says right or wrong: a green outline on a right pick, a red one on a wrong pick, then the
right muscle revealed in blue. Grading, the no-repeat draw and the summary live in the
Qt-free ``core.quiz``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem

from bodymap.core import state as ops
from bodymap.core.ids import SIDES, Ref, Side
from bodymap.core.look import derive_look
from bodymap.core.quiz import Outcome, Question, Quiz, depth_for
from bodymap.core.state import ViewState
from bodymap.ui.items import TagItem
from bodymap.ui.qt import color, path_from_rings
from bodymap.ui.student.colours import RIGHT, WRONG
from bodymap.ui.student.labels import label_point_size
from bodymap.ui.student.quiz_panel import QuizPanel

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.student import StudentFeatures
    from bodymap.ui.view import BodyView

FEEDBACK_Z = 1.45e6


class QuizInteraction:
    """Takes a click on the drawing as the answer; drags still pan the view."""

    def __init__(self, mode: QuizMode) -> None:
        self.mode = mode
        self._press: QPoint | None = None

    def press(self, view: BodyView, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        return False  # the view still tracks the press, so a drag pans

    def move(self, view: BodyView, event: QMouseEvent) -> bool:
        return False

    def release(self, view: BodyView, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        pos = event.position().toPoint()
        moved = (pos - self._press).manhattanLength()
        self._press = None
        if moved > view.DRAG_THRESHOLD:
            return False  # a pan: let the view finish it
        self.mode.answer_ref(view.ref_at(pos))
        return True


class QuizMode:
    """Runs a quiz in the main window: the panel, the interaction and the feedback."""

    def __init__(self, window: MainWindow, features: StudentFeatures) -> None:
        self.window = window
        self.features = features
        self.atlas = window.atlas
        self.quiz: Quiz | None = None
        self.seed: int | None = None
        self.active = False
        self.last: Outcome | None = None
        self.feedback: list[QGraphicsPathItem | TagItem] = []
        self.outlined: dict[str, str] = {}  # shape key -> outline colour
        self.interaction = QuizInteraction(self)
        self.panel = QuizPanel(self)
        self._saved: ViewState | None = None
        self._saved_view: tuple[bool, QTransform, QPointF] | None = None
        window.store.state_changed.connect(lambda _old, _new: self._overlay())

    # --- starting and stopping ------------------------------------------------------------
    def start(
        self, kinds: tuple[str, ...] = ("click", "referral"), size: int | None = None
    ) -> None:
        """Start a new round of ``size`` questions (all when None) and enter quiz mode."""
        w = self.window
        if not self.active:
            # One mode owns the mouse at a time: a quiz ends the pain drawing mode first.
            drawing = getattr(w, "drawing", None)
            if drawing is not None and drawing.active:
                drawing.set_active(False)
            self._saved = w.store.state
            # The framing the user had: given back on leaving (questions zoom and pan).
            self._saved_view = w.view.framing()
            self.active = True
            w.view.interaction = self.interaction
            w.view.hover_enabled = False
            w.scene.hover_tag.setVisible(False)
            self.features.keyboard.activate = self.answer_ref
            self.features.keyboard.show_names = False  # a name tag would give the answer away
            w.store.update(ops.set_mode, "quiz")
        self.quiz = Quiz(self.atlas, self.seed, kinds, size)
        self._sync_labels_action()
        self.panel.show_dock()
        self.next_question()

    def reset_visitor_data(self) -> None:
        """Kiosk reset: end any round and forget its progress (nothing of it comes back)."""
        self._saved = None  # stop() then returns to a fresh state, not the visitor's
        self.stop()
        self.quiz = None

    def stop(self) -> None:
        """Leave quiz mode: the drawing and the user's layers come back as they were."""
        if not self.active:
            return
        w = self.window
        self.active = False
        self._clear_feedback()
        w.view.interaction = None
        w.view.hover_enabled = True
        self.features.keyboard.activate = w.select
        self.features.keyboard.show_names = True
        self.features.labels.item.set_suppressed(False)
        self._hide_drawing(False)
        saved = self._saved or ViewState()
        w.store.set(replace(saved, mode="explore", hover=None))
        if self._saved_view is not None:
            w.view.restore_framing(self._saved_view)
            self._saved_view = None
        self._sync_labels_action()
        self.panel.show_idle()

    def _sync_labels_action(self) -> None:
        sync = getattr(self.features, "sync_labels_action", None)
        if sync is not None:
            sync()

    # --- questions ------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        """The question being asked."""
        return self.quiz.current if self.quiz is not None else None

    def next_question(self) -> None:
        """Draw the next question, or show the summary when the round is over."""
        assert self.quiz is not None
        self._clear_feedback()
        self.last = None
        q = self.quiz.next_question()
        if q is None:
            self.features.labels.item.set_suppressed(False)
            self._hide_drawing(False)
            self.panel.show_summary(self.quiz.summary())
            self._overlay()
            return
        s = ops.clear(self.window.store.state)
        st = self.atlas.structure(q.muscle)
        layer = "superficial_muscles" if st.layer == "superficial" else "deep_muscles"
        s = ops.toggle_layer(s, self.atlas, layer, True)
        if q.kind == "click":
            left, right = depth_for(self.atlas, q, s.depth)
            s = ops.set_depth(
                ops.set_depth(s, self.atlas, "left", left), self.atlas, "right", right
            )
        # Labels would name the answer (click) or crowd the feedback tags (referral).
        self.features.labels.item.set_suppressed(True)
        # The client's drawing would sit over the zones a referral question asks about.
        self._hide_drawing(q.kind == "referral")
        self.window.store.set(s)
        self.panel.show_question(q, self.quiz)
        self._overlay()

    def _hide_drawing(self, hidden: bool) -> None:
        drawing = getattr(self.window, "drawing", None)
        if drawing is not None:
            drawing.set_hidden(hidden)

    def answer_ref(self, ref: Ref | None) -> None:
        """A click (or Enter) on the drawing answers a "click the …" question."""
        q = self.question
        if q is None or q.kind != "click" or self.quiz is None or self.quiz.answered:
            return
        muscle = (
            ref.id if ref is not None and self.atlas.structure(ref.id).kind == "muscle" else None
        )
        self._grade(muscle, ref.side if ref is not None else None, ref)

    def answer_choice(self, muscle: str) -> None:
        """One of the four buttons answers a referral question."""
        q = self.question
        if q is None or q.kind != "referral" or self.quiz is None or self.quiz.answered:
            return
        self._grade(muscle, q.side, Ref(muscle, q.side))

    def _grade(self, muscle: str | None, side: Side | None, picked: Ref | None) -> None:
        assert self.quiz is not None
        outcome = self.quiz.answer(muscle, side)
        self.last = outcome
        q = outcome.question
        if q.kind == "referral" and not outcome.correct:
            # Peel so the right muscle can be outlined where its zones are shown.
            s = self.window.store.state
            target = Question("click", q.muscle, q.side, "")
            left, right = depth_for(self.atlas, target, s.depth)
            s = ops.set_depth(
                ops.set_depth(s, self.atlas, "left", left), self.atlas, "right", right
            )
            self.window.store.set(s)
        self._show_feedback(outcome, picked)
        self._clear_the_legend()
        self.panel.show_outcome(outcome, self.quiz)

    def _clear_the_legend(self) -> None:
        """Pan so no feedback outline hides under the legend floating over the canvas."""
        if not self.feedback:
            return
        view = self.window.view
        rect = QRectF()
        for item in self.feedback:
            rect = rect.united(item.sceneBoundingRect())
        shown = view.mapFromScene(rect).boundingRect()
        for x0, y0, x1, y1 in self.features.labels.legend_box():
            if (
                shown.left() < x1
                and x0 < shown.right()
                and shown.top() < y1
                and y0 < shown.bottom()
            ):
                # Move the drawing down (or right) just past the legend's edge.
                down, right = y1 - shown.top() + 8, x1 - shown.left() + 8
                if shown.bottom() + down < view.viewport().height():
                    view.pan_by(0, down)
                else:
                    view.pan_by(right, 0)

    # --- drawing --------------------------------------------------------------------------
    def _overlay(self) -> None:
        """Show the referral zones of a referral question, without selecting anything."""
        q = self.question
        if not self.active or q is None or q.kind != "referral" or q.side is None:
            return
        w = self.window
        look = derive_look(self.atlas, w.store.state)
        zones = frozenset(z.key for z in self.atlas.zones(q.muscle, q.side))
        w.scene.apply(replace(look, zones=zones, markers=frozenset()))

    def _outline(self, ref: Ref, hex_text: str, text: str, above: float = 0.0) -> None:
        shape = self.atlas.outline(ref.id, ref.side) if ref.side is not None else None
        look = self.window.scene.look
        if shape is None or look is None or shape.key not in look.visible:
            return
        item = QGraphicsPathItem(path_from_rings(shape.rings, True))
        pen = QPen(color(hex_text))
        pen.setCosmetic(True)
        pen.setWidthF(4.0)
        item.setPen(pen)
        item.setBrush(color(hex_text, 0.18))
        item.setZValue(FEEDBACK_Z + above)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.window.scene.addItem(item)
        # The tag sits beside the outline, never on it: outward of the figure's midline,
        # or on the other side when that would leave the window.
        x0, y0, x1, y1 = shape.box
        bx0, _by0, bx1, _by1 = self.atlas.body_box
        outward = "start" if (x0 + x1) / 2 > (bx0 + bx1) / 2 else "end"
        tag = self._tag_beside(text, (x0, y0, x1, y1), outward)
        tag.setZValue(FEEDBACK_Z + above + 1)
        self.window.scene.addItem(tag)
        self._clear_other_tags(tag)
        self.feedback += [item, tag]
        self.outlined[shape.key] = hex_text.upper()

    def _tag_beside(self, text: str, box: tuple[float, float, float, float], side: str) -> TagItem:
        view = self.window.view
        x0, y0, x1, y1 = box
        cy = (y0 + y1) / 2
        width = view.viewport().width()
        for anchor in (side, "end" if side == "start" else "start"):
            tag = TagItem(
                text, self.window.scene.palette, label_point_size(), bold=True, anchor=anchor
            )
            tag.setPos(QPointF(x1 if anchor == "start" else x0, cy))
            rect = self.tag_screen_rect(tag)
            if rect.left() >= 0 and rect.right() <= width:
                return tag
        return tag

    def tag_screen_rect(self, tag: TagItem) -> QRectF:
        """Where a feedback tag lies in the view's viewport pixels (tests use it too)."""
        at = self.window.view.mapFromScene(tag.pos())
        return tag.boundingRect().translated(at.x(), at.y())

    def _clear_other_tags(self, tag: TagItem) -> None:
        """Move a new tag down until it overlaps no feedback tag already shown."""
        others = [t for t in self.feedback if isinstance(t, TagItem)]
        scale = self.window.view.transform().m22() or 1.0
        for _ in range(len(others) + 1):
            rect = self.tag_screen_rect(tag)
            hit = next((o for o in others if self.tag_screen_rect(o).intersects(rect)), None)
            if hit is None:
                return
            down = self.tag_screen_rect(hit).bottom() - rect.top() + 4
            tag.setPos(tag.pos() + QPointF(0, down / scale))

    def _show_feedback(self, outcome: Outcome, picked: Ref | None) -> None:
        self._clear_feedback()
        q = outcome.question
        name = self.atlas.structure(q.muscle).name
        if outcome.correct and picked is not None:
            self._outline(picked, RIGHT, f"✓ {name}")
            return
        if picked is not None and picked.side is not None and outcome.given is not None:
            wrong = self.atlas.structure(outcome.given).name
            # Above the reveal: a wrong pick often lies under the right muscle.
            self._outline(picked, WRONG, f"✗ {wrong}", above=2.0)
        sides: tuple[Side, ...] = SIDES if q.side is None else (q.side,)
        for side in sides:
            self._outline(
                Ref(q.muscle, side), self.window.scene.palette.selection, f"{name} is here"
            )

    def _clear_feedback(self) -> None:
        for item in self.feedback:
            self.window.scene.removeItem(item)
        self.feedback = []
        self.outlined = {}

    def feedback_colours(self) -> dict[str, str]:
        """Outline colour per outlined shape key: what the drawing shows now (tests)."""
        return dict(self.outlined)
