"""Kiosk mode: the same MainWindow, locked down for an unattended touch screen.

``apply_kiosk(window, config)`` is called by the application after every feature is
installed. It locks the window (lockdown), restyles it for touch (layout), adds the welcome
loop (attract), the idle countdown and reset (idle_reset) and the staff PIN pad (pin_pad).

Features that keep visitor data outside the ViewState (search text, quiz progress, undo
history) are wiped at every reset: text fields are cleared, and any object reachable from
the window that has a ``reset_visitor_data()`` method has it called. Features that write
files should not do so while ``getattr(window, "kiosk", None)`` is set; QSettings written
anyway go to a throwaway folder (see :func:`redirect_settings`).
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from bodymap.core import state as ops
from bodymap.core.idle import Phase
from bodymap.core.kiosk_config import KioskConfig
from bodymap.ui.items import MarkerItem
from bodymap.ui.kiosk.attract import AttractLoop
from bodymap.ui.kiosk.idle_reset import IdleReset
from bodymap.ui.kiosk.layout import KioskBar, apply_layout
from bodymap.ui.kiosk.lockdown import Lockdown
from bodymap.ui.kiosk.pin_pad import LongPress, PinPad, make_gate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

__all__ = ["KioskMode", "apply_kiosk"]
_settings_dir: str | None = None


def redirect_settings() -> str:
    """Point QSettings at a temporary folder removed at exit: no visitor trace on disk."""
    global _settings_dir
    if _settings_dir is None:
        _settings_dir = tempfile.mkdtemp(prefix="bodymap-kiosk-settings-")
        atexit.register(shutil.rmtree, _settings_dir, True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _settings_dir)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return _settings_dir


class KioskMode(QObject):
    """The kiosk's parts and the visitor cycle that ties them together."""

    def __init__(
        self, window: MainWindow, config: KioskConfig, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        self.resets = 0
        # The configured language; a visitor's choice on the language switch lasts one visit.
        self.home_language: str = getattr(window, "language", "en")
        # exit(), not quit(): quit() asks every window to close, and a feature's close handler
        # (e.g. "save this session?") would put a dialog in front of the staff member.
        self.quit_fn: Callable[[], None] = lambda: QApplication.exit(0)
        self.settings_dir = redirect_settings()
        self._marker_size = MarkerItem.size
        # No self-treatment steps for an unsupervised visitor: the article says "ask a therapist".
        window.care_steps = False
        window.render_state(None, window.store.state)
        self.lockdown = Lockdown(window)
        self.bar: KioskBar = apply_layout(window, config)
        self.attract = AttractLoop(window, config)
        self.idle = IdleReset(window, config, clock)
        self.pad = PinPad(window, make_gate(config, clock))
        self.long_press = LongPress(
            window, config.pin_corner, config.long_press_seconds, self.pad.open_pad
        )
        self.bar.start_again_clicked.connect(self.start_again)
        self.idle.started.connect(self.visitor_arrived)
        self.idle.reset_due.connect(self.reset_visit)
        self.pad.unlocked.connect(self.leave)
        self.pad.lock_timer.timeout.connect(self._pad_waiting)
        self.attract.start()

    def show(self) -> None:
        """Fullscreen, on top, fitted."""
        screen = self.window.screen()
        if screen is not None:
            # Without a window manager "fullscreen" is only a hint: cover the screen anyway.
            self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        QTimer.singleShot(0, self.refit)
        # The window manager may settle the fullscreen size a moment later: fit again then.
        QTimer.singleShot(500, self.refit)

    def refit(self) -> None:
        """Fit the body to the canvas (above the welcome card while it shows)."""
        if self.attract.running:
            self.attract.reframe()
        else:
            self.window.view.fit_body()

    def visitor_arrived(self) -> None:
        """The first touch: the welcome goes, and the visitor starts from a clean map."""
        if self.attract.running:
            self.attract.stop()
            self.wipe()

    def start_again(self) -> None:
        """The "Start again" button: a clean map for the same visitor (no welcome loop)."""
        self.wipe()

    def _pad_waiting(self) -> None:
        """A staff member waiting out the PIN lockout is not an idle kiosk."""
        waiting = self.pad.isVisible() and self.pad.gate.seconds_left() > 0
        if waiting and self.idle.phase is not Phase.WELCOME:
            self.idle.touched()

    def reset_visit(self) -> None:
        """The idle countdown ran out: wipe everything and show the welcome.

        A PIN pad waiting out its lockout stays open on top: the staff member is standing
        there, and closing it would only make them start the long press again.
        """
        self.resets += 1
        keep_pad = self.pad.isVisible() and self.pad.gate.seconds_left() > 0
        if not keep_pad:
            self.pad.close_pad()
        self.wipe()
        self.idle.to_welcome()
        self.attract.start()
        if keep_pad:
            self.pad.raise_()
        if getattr(self.window, "language", self.home_language) != self.home_language:
            from bodymap.ui.language import request_language

            request_language(self.window, self.home_language)

    def recover(self) -> None:
        """After an unexpected error: start the visit again rather than show a dialog."""
        # The last line of defence must not raise itself.
        with contextlib.suppress(Exception):
            self.reset_visit()

    def wipe(self) -> None:
        """Forget everything a visitor did: state, zoom, typed text, feature data."""
        window = self.window
        window.store.set(ops.reset(window.store.state, "explore"))
        window.view.fit_body()
        window.scene.hover_tag.setVisible(False)
        for edit in window.findChildren(QLineEdit):
            edit.clear()
        for edit in [*window.findChildren(QTextEdit), *window.findChildren(QPlainTextEdit)]:
            if not edit.isReadOnly():
                edit.clear()
        seen: set[int] = set()
        # Widgets and the window's own attributes only: findChildren(QObject) would wrap
        # every QTextList and QTextFrame of the article, and those wrappers outlive their
        # documents (a slow leak the soak benchmark showed).
        owners = [*window.findChildren(QWidget), *vars(window).values()]
        for obj in owners:
            hook = getattr(obj, "reset_visitor_data", None)
            if callable(hook) and id(obj) not in seen:
                seen.add(id(obj))
                hook()

    def leave(self) -> None:
        """The right PIN: unlock and quit the program."""
        self.wipe()  # nothing of the last visitor is left for any exit handler to save
        self.dispose()
        self.window.hide()
        self.quit_fn()

    def dispose(self) -> None:
        """Remove every filter and timer and restore process-wide settings (tests, exit)."""
        self.lockdown.release()
        self.idle.dispose()
        self.long_press.dispose()
        self.attract.stop()
        MarkerItem.size = self._marker_size


def apply_kiosk(
    window: MainWindow, config: KioskConfig, clock: Callable[[], float] = time.monotonic
) -> KioskMode:
    """Turn a built MainWindow into the kiosk; returns the mode (also ``window.kiosk``)."""
    mode = KioskMode(window, config, clock)
    window.kiosk = mode  # type: ignore[attr-defined]
    return mode
