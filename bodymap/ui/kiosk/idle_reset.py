"""Idle reset: after N quiet seconds a visible countdown, then everything a visitor did is wiped.

Input is noticed by an application-wide event filter (any touch, click, key or wheel), the
timing lives in the Qt-free :class:`bodymap.core.idle.IdleMachine`, and the countdown is a
dimmed overlay whose touch means "I am still here" (and selects nothing underneath).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from bodymap.core.i18n import translate
from bodymap.core.idle import Event, IdleMachine, Phase
from bodymap.core.kiosk_config import KioskConfig
from bodymap.ui.kiosk.overlay import Overlay

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

TICK_MS = 200
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.Gesture,
        QEvent.Type.TabletPress,
    }
)


def countdown_text(seconds: int) -> str:
    """What the countdown says."""
    return translate("KioskIdleReset", "Starting again in {seconds}…").format(seconds=seconds)


class CountdownOverlay(Overlay):
    """A dimmed layer with a big "Starting again in N… touch to stay" card."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, QColor(0, 0, 0, 110))
        self.setObjectName("kioskCountdown")
        p = window.palette_
        card = QWidget(self)
        card.setObjectName("kioskCountdownCard")
        card.setStyleSheet(
            f"#kioskCountdownCard {{ background: {p.label_bg};"
            f" border-radius: 22px; }} QLabel {{ color: {p.text}; }}"
        )
        self.number = QLabel("", card)
        self.hint = QLabel(translate("KioskIdleReset", "Touch anywhere to stay"), card)
        for label, size, bold in ((self.number, 34.0, True), (self.hint, 24.0, False)):
            font = QFont(label.font())
            font.setPointSizeF(size)
            font.setBold(bold)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(56, 40, 56, 40)
        lay.setSpacing(14)
        lay.addWidget(self.number)
        lay.addWidget(self.hint)
        self.card = card

    def set_seconds(self, seconds: int) -> None:
        """Show how many seconds are left."""
        self.number.setText(countdown_text(seconds))
        self.card.adjustSize()
        self.card.move(
            (self.width() - self.card.width()) // 2, (self.height() - self.card.height()) // 2
        )

    def resizeEvent(self, event: object) -> None:
        self.card.move(
            (self.width() - self.card.width()) // 2, (self.height() - self.card.height()) // 2
        )


class IdleReset(QObject):
    """Watches for input; emits ``started``, ``stayed`` and ``reset_due`` as the machine says."""

    started = Signal()
    stayed = Signal()
    reset_due = Signal()

    def __init__(
        self, window: MainWindow, config: KioskConfig, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(window)
        self.machine = IdleMachine(config.idle_seconds, config.countdown_seconds, clock)
        self.overlay = CountdownOverlay(window)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def phase(self) -> Phase:
        """Welcome, active or counting down."""
        return self.machine.phase

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and watched.isWidgetType():
            # A finger lands with a pointer move first; a move with no button down is not a
            # touch, and counting it would drop the welcome before the press it protects.
            if (
                kind == QEvent.Type.MouseMove
                and isinstance(event, QMouseEvent)
                and event.buttons() == Qt.MouseButton.NoButton
            ):
                return False
            self.touched()
        return False

    def touched(self) -> None:
        """Any visitor input: wakes the kiosk or cancels the countdown."""
        result = self.machine.touch()
        if result is Event.STARTED:
            self.started.emit()
        elif result is Event.STAYED:
            self.overlay.hide()
            self.stayed.emit()

    def tick(self) -> None:
        """Advance the machine; show, update or finish the countdown."""
        result = self.machine.tick()
        if result is Event.COUNTDOWN:
            self.overlay.show_over()
        if self.machine.phase is Phase.COUNTDOWN:
            self.overlay.set_seconds(self.machine.seconds_left())
        elif result is Event.RESET:
            self.overlay.hide()
            self.reset_due.emit()

    def to_welcome(self) -> None:
        """Back to the welcome phase without waiting (after a reset)."""
        self.overlay.hide()
        self.machine.force_reset()

    def dispose(self) -> None:
        """Stop watching input (the window is going away)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
