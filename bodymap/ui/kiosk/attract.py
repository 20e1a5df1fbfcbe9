"""The welcome loop shown while nobody uses the kiosk: piriformis, its pain zone, the nerve.

Each step is a ViewState change made through the store (the scene mirrors it as always)
plus one short sentence in a large caption; "Touch anywhere to start" pulses gently. The
overlay swallows the first touch, so waking the kiosk never also selects something.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QPointF, QPropertyAnimation, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QVBoxLayout, QWidget

from bodymap.core import state as ops
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.ids import Ref
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.state import ViewState
from bodymap.ui.kiosk.overlay import Overlay

if TYPE_CHECKING:
    from bodymap.core.atlas import Atlas
    from bodymap.ui.main_window import MainWindow

WELCOME_TITLE = QT_TRANSLATE_NOOP("KioskAttract", "How can a muscle feel like sciatica?")
TOUCH_TEXT = QT_TRANSLATE_NOOP("KioskAttract", "Touch anywhere to start")
CARD_GAP_PX = 16  # between the drawing's lowest tag and the welcome card


@dataclass(frozen=True)
class Step:
    """One scene of the loop: the structures it needs, how to show it, and its sentence."""

    needs: tuple[str, ...]
    show: Callable[[Atlas], ViewState]
    caption: str
    zoom: float = 1.0  # >1 moves in on piriformis so a small muscle reads across the room


def _piriformis(atlas: Atlas) -> ViewState:
    s = ops.select(ViewState(), atlas, Ref("piriformis", "right"))
    s = ops.toggle_layer(s, atlas, "referral_zones", False)
    return ops.toggle_layer(s, atlas, "trigger_points", False)


def _referral(atlas: Atlas) -> ViewState:
    return ops.select(ViewState(), atlas, Ref("piriformis", "right"))


def _nerve(atlas: Atlas) -> ViewState:
    return ops.select(ViewState(), atlas, Ref("sciatic_nerve", None))


STEPS = (
    Step(
        ("piriformis",),
        _piriformis,
        QT_TRANSLATE_NOOP(
            "KioskAttract", "This is piriformis, a small muscle deep in the buttock."
        ),
        zoom=1.8,
    ),
    Step(
        ("piriformis",),
        _referral,
        QT_TRANSLATE_NOOP(
            "KioskAttract",
            "A trigger point in it can send pain over the buttock and down the back of the thigh.",
        ),
    ),
    Step(
        ("sciatic_nerve",),
        _nerve,
        QT_TRANSLATE_NOOP(
            "KioskAttract",
            "The sciatic nerve usually runs just below it, and the two pains can feel alike.",
        ),
    ),
)


def _font(widget: QWidget, size: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class AttractLoop(Overlay):
    """The welcome layer: steps through STEPS on a timer while shown."""

    def __init__(self, window: MainWindow, config: KioskConfig) -> None:
        super().__init__(window)
        self.setObjectName("kioskWelcome")
        self.window_ = window
        self.animate = config.attract
        self.steps = [s for s in STEPS if all(n in window.atlas.structures for n in s.needs)]
        self.index = -1
        p = window.palette_
        card = QWidget(self)
        card.setObjectName("kioskWelcomeCard")
        card.setStyleSheet(
            f"#kioskWelcomeCard {{ background: {QColor(p.label_bg).name()}; border-radius: 18px;"
            f" border: 2px solid {p.selection}; }} QLabel {{ color: {p.text}; }}"
        )
        self.title = QLabel(translate("KioskAttract", WELCOME_TITLE), card)
        self.title.setFont(_font(self, 24, bold=True))
        self.caption = QLabel("", card)
        self.caption.setFont(_font(self, 22))
        self.caption.setWordWrap(True)
        self.touch = QLabel(translate("KioskAttract", TOUCH_TEXT), card)
        self.touch.setFont(_font(self, 20, bold=True))
        self.touch.setStyleSheet(f"color: {p.selection};")
        for label in (self.title, self.caption, self.touch):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 22, 32, 22)
        lay.setSpacing(12)
        lay.addWidget(self.title)
        lay.addWidget(self.caption)
        lay.addWidget(self.touch)
        self.card = card
        placer = getattr(window, "legend_place", None)
        if placer is not None:
            placer.keep_clear(card)  # the legend moves to a corner the card leaves free
        self._caption_fx = QGraphicsOpacityEffect(self.caption)
        self.caption.setGraphicsEffect(self._caption_fx)
        self._fade = QPropertyAnimation(self._caption_fx, b"opacity", self)
        self._fade.setDuration(900)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        touch_fx = QGraphicsOpacityEffect(self.touch)
        self.touch.setGraphicsEffect(touch_fx)
        self._pulse = QPropertyAnimation(touch_fx, b"opacity", self)
        self._pulse.setDuration(2400)
        self._pulse.setKeyValueAt(0.0, 1.0)
        self._pulse.setKeyValueAt(0.5, 0.35)
        self._pulse.setKeyValueAt(1.0, 1.0)
        self._pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pulse.setLoopCount(-1)
        self.timer = QTimer(self)
        self.timer.setInterval(int(config.attract_step_seconds * 1000))
        self.timer.timeout.connect(self.next_step)

    def resizeEvent(self, event: object) -> None:
        # The card sits over the lower part of the canvas, where the legs are.
        canvas = self.window_.canvas
        top_left = canvas.mapTo(self.window_, canvas.rect().topLeft())
        width = min(canvas.width() - 48, 900)
        self.card.setFixedWidth(max(width, 200))
        self.card.adjustSize()
        height = self.card.height()
        x = top_left.x() + (canvas.width() - self.card.width()) // 2
        y = top_left.y() + canvas.height() - height - 36
        self.card.move(x, max(y, 0))
        self.window_.canvas.place_legend()
        self.reframe()

    def start(self) -> None:
        """Show the welcome and begin (or restart) the loop from its first step."""
        self.index = -1
        self.show_over()
        self.resizeEvent(None)
        self.next_step()
        if self.animate and len(self.steps) > 1:
            self.timer.start()
            self._pulse.start()

    def stop(self) -> None:
        """Hide the welcome and stop every timer and animation."""
        self.timer.stop()
        self._pulse.stop()
        self._fade.stop()
        self.window_.view.setSceneRect(QRectF())  # back to the scene's own extent
        self.hide()
        self.window_.canvas.place_legend()  # the corner the card covered is free again

    @property
    def running(self) -> bool:
        """True while the welcome is on screen."""
        return self.isVisible()

    def card_band(self) -> int:
        """Viewport pixels at the bottom that the card covers (with its gap)."""
        view = self.window_.view
        in_window = self.card.mapTo(self.window_, self.card.rect().topLeft())
        top = view.viewport().mapFrom(self.window_, in_window).y()
        return max(0, view.viewport().height() - top + CARD_GAP_PX)

    def _fit_above(self, room: int) -> None:
        """Scale and centre the body so it, LEFT/RIGHT and their captions end above ``room``."""
        view = self.window_.view
        scene = view.body_scene
        focus = scene.focus_rect
        tag, caption = scene.side_tags["left"], scene.depth_tags["left"]
        # The tags keep their screen size: what hangs below their anchor is counted in pixels.
        below_px = tag.boundingRect().height() / 2 + 4 + caption.boundingRect().height()
        span = tag.pos().y() - focus.top()
        # Room to scroll the shrunken body up to the top edge (undone when the welcome goes).
        full = scene.sceneRect()
        view.setSceneRect(full.adjusted(0, -full.height(), 0, full.height()))
        fitted = view.transform().m11() or 1.0
        scale = min(fitted, (room - below_px - 2 * CARD_GAP_PX) / span) if span > 0 else fitted
        if scale < fitted:
            view.zoom_by(scale / fitted)
        scale = view.transform().m11() or 1.0
        top_px = CARD_GAP_PX
        centre_y = focus.top() + (view.viewport().height() / 2 - top_px) / scale
        view.centerOn(QPointF(focus.center().x(), centre_y))

    def _frame(self, zoom: float) -> None:
        """Fit the body above the card (legs, LEFT/RIGHT and the depth badges all clear of
        it), then move in on the right piriformis by ``zoom``."""
        view = self.window_.view
        view.fit_body()
        band = self.card_band()
        height = view.viewport().height()
        if band and height > band:
            self._fit_above(height - band)
        shape = self.window_.atlas.outline("piriformis", "right")
        if zoom > 1.0 and shape is not None:
            x0, y0, x1, y1 = shape.box
            view.zoom_by(zoom)
            scale = view.transform().m11() or 1.0
            # Centre a little below the muscle (the pain zone and the nerve run downwards),
            # in the room above the card.
            centre = QPointF((x0 + x1) / 2, (y0 + y1) / 2 + (y1 - y0) * 2)
            view.centerOn(centre + QPointF(0, band / 2 / scale))

    def next_step(self) -> None:
        """Show the next scene of the loop with its sentence."""
        if not self.steps:
            self.caption.setText(
                translate(
                    "KioskAttract",
                    "Touch the drawing to see how muscles and the sciatic "
                    "nerve can cause pain in the buttock and leg.",
                )
            )
            return
        self.index = (self.index + 1) % len(self.steps)
        step = self.steps[self.index]
        self.window_.store.set(step.show(self.window_.atlas))
        self.caption.setText(translate("KioskAttract", step.caption))
        if self.animate:
            self._fade.start()
        self.resizeEvent(None)  # places the card for its new caption, then frames the body

    def reframe(self) -> None:
        """Frame the current step again (the window or the card changed size)."""
        if self.isVisible() and 0 <= self.index < len(self.steps):
            self._frame(self.steps[self.index].zoom)
