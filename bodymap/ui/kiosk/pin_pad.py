"""The staff way out: a long press in one corner opens a full-screen PIN pad.

The pad has big digit buttons (no keyboard needed), shows dots rather than digits, checks
the PIN through :class:`bodymap.core.pin.PinGate` (salted hash, rate limited) and says
"Try again in N s" while locked. The typed digits live only in this widget and are
cleared whenever it closes; they are never logged.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.pin import MAX_DIGITS, PinGate
from bodymap.ui.kiosk.overlay import Overlay

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

CORNER_PX = 96  # the long-press target: a square this big in the chosen corner
KEY_PX = 96
NO_PIN_TEXT = QT_TRANSLATE_NOOP(
    "KioskPinPad",
    "No staff PIN is set on this kiosk, so it cannot be left from the screen. "
    "Set one with: bodymap --set-kiosk-pin --config PATH",
)


def _font(widget: QWidget, size: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


KEY_NAMES = {
    "Clear": QT_TRANSLATE_NOOP("KioskPinPad", "Clear"),
    "OK": QT_TRANSLATE_NOOP("KioskPinPad", "OK"),
}


class PinPad(Overlay):
    """Full-window PIN entry; emits ``unlocked`` for the right PIN, ``cancelled`` otherwise."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, window: MainWindow, gate: PinGate) -> None:
        super().__init__(window, QColor(window.palette_.background))
        self.setObjectName("kioskPinPad")
        self.gate = gate
        self._entry = ""
        p = window.palette_
        self.setStyleSheet(
            f"QLabel {{ color: {p.text}; }}"
            f" QPushButton {{ min-width: {KEY_PX}px; min-height: {KEY_PX}px; border-radius: 14px;"
            f" background: {p.label_bg}; color: {p.text}; border: 2px solid {p.muted_text}; }}"
            " QPushButton:disabled { color: #9A9A9A; border-color: #CFCFCF; }"
        )
        box = QWidget(self)
        self.box = box
        title = QLabel(
            translate("KioskPinPad", "Staff only: enter the PIN to close the kiosk"), box
        )
        title.setFont(_font(self, 22, bold=True))
        self.dots = QLabel("", box)
        self.dots.setFont(_font(self, 30, bold=True))
        self.dots.setMinimumHeight(56)
        self.message = QLabel("", box)
        self.message.setFont(_font(self, 17))
        self.message.setStyleSheet(f"color: {p.warning_text};")
        self.message.setWordWrap(True)
        for label in (title, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]
        for i, text in enumerate(labels):
            key = QPushButton(translate("KioskPinPad", KEY_NAMES.get(text, text)), box)
            key.setObjectName(f"kioskPinKey_{text}")
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.setFont(_font(self, 26 if text.isdigit() else 18, bold=True))
            key.clicked.connect(lambda _=False, t=text: self.press(t))
            grid.addWidget(key, i // 3, i % 3)
            self.keys[text] = key
        self.cancel = QPushButton(translate("KioskPinPad", "Back to the kiosk"), box)
        self.cancel.setObjectName("kioskPinCancel")
        self.cancel.setFont(_font(self, 18))
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.setStyleSheet(f"min-height: {KEY_PX // 1.5:.0f}px;")
        self.cancel.clicked.connect(self.close_pad)
        lay = QVBoxLayout(box)
        lay.setSpacing(16)
        lay.addWidget(title)
        lay.addWidget(self.dots)
        lay.addLayout(grid)
        lay.addWidget(self.message)
        lay.addWidget(self.cancel)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(250)
        self.lock_timer.timeout.connect(self._refresh)

    @property
    def entered_digits(self) -> int:
        """How many digits are typed (never the digits themselves)."""
        return len(self._entry)

    def resizeEvent(self, event: object) -> None:
        self.box.adjustSize()
        self.box.move(
            (self.width() - self.box.width()) // 2, (self.height() - self.box.height()) // 2
        )

    def open_pad(self) -> None:
        """Show the pad over everything, empty."""
        self._entry = ""
        self.show_over()
        self._refresh()
        self.resizeEvent(None)
        self.lock_timer.start()

    def close_pad(self) -> None:
        """Hide the pad and forget what was typed."""
        self._entry = ""
        self.lock_timer.stop()
        if self.isVisible():
            self.hide()
            self.cancelled.emit()

    def press(self, key: str) -> None:
        """One key of the pad: a digit, Clear or OK."""
        if key == "Clear":
            self._entry = ""
        elif key == "OK":
            self._submit()
        elif key.isdigit() and len(self._entry) < MAX_DIGITS and self.gate.seconds_left() <= 0:
            self._entry += key
        self._refresh()

    def _submit(self) -> None:
        entry, self._entry = self._entry, ""
        if not entry or self.gate.seconds_left() > 0 or not self.gate.has_pin:
            return
        if self.gate.attempt(entry):
            self.message.setText("")
            self.lock_timer.stop()
            self.hide()
            self.unlocked.emit()
            return
        self.message.setText(translate("KioskPinPad", "Wrong PIN."))

    def _refresh(self) -> None:
        wait = self.gate.seconds_left()
        usable = self.gate.has_pin and wait <= 0
        for key in self.keys.values():
            key.setEnabled(usable)
        self.dots.setText("●" * len(self._entry) if self._entry else "–  –  –  –")
        if not self.gate.has_pin:
            self.message.setText(translate("KioskPinPad", NO_PIN_TEXT))
        elif wait > 0:
            self.message.setText(
                translate(
                    "KioskPinPad",
                    "Wrong PIN. Try again in {int} s.",
                ).format(int=int(wait + 0.999))
            )
        elif self.message.text().startswith(translate("KioskPinPad", "Wrong PIN.")):
            self.message.setText("")


class LongPress(QObject):
    """Opens the pad when a press stays in the chosen corner for ``seconds``."""

    def __init__(
        self, window: MainWindow, corner: str, seconds: float, open_pad: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.corner = corner
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(open_pad)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def in_corner(self, local: QPoint) -> bool:
        """True when a window position lies in the long-press corner."""
        w, h = self.window.width(), self.window.height()
        x_ok = local.x() < CORNER_PX if "left" in self.corner else local.x() >= w - CORNER_PX
        y_ok = local.y() < CORNER_PX if "top" in self.corner else local.y() >= h - CORNER_PX
        return x_ok and y_ok

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            pos = self._global(event)
            if pos is not None and self.in_corner(self.window.mapFromGlobal(pos)):
                if not self.timer.isActive():
                    self.timer.start()
            elif pos is not None:
                self.timer.stop()
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self.timer.stop()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate) and self.timer.isActive():
            pos = self._global(event)
            if pos is not None and not self.in_corner(self.window.mapFromGlobal(pos)):
                self.timer.stop()
        return False

    @staticmethod
    def _global(event: QEvent) -> QPoint | None:
        if isinstance(event, QMouseEvent):
            return event.globalPosition().toPoint()
        if isinstance(event, QTouchEvent) and event.points():
            return event.points()[0].globalPosition().toPoint()
        return None

    def dispose(self) -> None:
        """Stop watching input."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def make_gate(config: KioskConfig, clock: Callable[[], float] = time.monotonic) -> PinGate:
    """The PIN gate for the configured hash."""
    return PinGate(config.pin_hash, clock)
