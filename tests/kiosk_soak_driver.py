"""Random visitors for the kiosk: touches, drags, pinches, buttons and idle resets.

Used by tests/test_kiosk_soak.py (a few thousand steps) and benchmarks/kiosk_soak.py
(200,000). Everything goes through the real widgets with QTest, driven by a seeded RNG,
and the time is a fake clock, so idle resets happen when the driver says, not by waiting.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bodymap.core.idle import Phase
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.state import ViewState
from bodymap.ui.kiosk import KioskMode, apply_kiosk
from bodymap.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier


class FakeClock:
    """Time that moves only when the driver moves it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def build(atlas, size=(1280, 800)) -> tuple[MainWindow, KioskMode, FakeClock]:
    """A shown kiosk window on a fake clock (the caller disposes of it)."""
    clock = FakeClock()
    window = MainWindow(atlas)
    mode = apply_kiosk(window, KioskConfig(pin_hash=""), clock)
    mode.quit_fn = lambda: None
    window.resize(*size)
    mode.show()
    QApplication.processEvents()
    window.view.fit_body()
    return window, mode, clock


class Visitor:
    """Performs one random interaction per :meth:`step` and checks the kiosk after resets."""

    def __init__(self, window: MainWindow, mode: KioskMode, clock: FakeClock, seed: int) -> None:
        self.window, self.mode, self.clock = window, mode, clock
        self.rng = random.Random(seed)
        self.resets = 0
        self.actions: list[tuple[float, Callable[[], None]]] = [
            (40, self.tap),
            (20, self.drag),
            (15, self.pinch),
            (10, self.button),
            (3, self.reset),
            (0.5, self.pad_and_back),
        ]
        self._weights = [w for w, _ in self.actions]

    def _canvas_point(self) -> QPoint:
        vp = self.window.view.viewport()
        return QPoint(self.rng.randrange(vp.width()), self.rng.randrange(vp.height()))

    def _target(self, vp_pos: QPoint):
        win_pos = self.window.view.viewport().mapTo(self.window, vp_pos)
        target = self.window.childAt(win_pos) or self.window
        return target, target.mapFrom(self.window, win_pos)

    def step(self) -> None:
        """One random interaction (time moves on a little, as with a real visitor)."""
        self.clock.now += self.rng.uniform(0.2, 5.0)
        _, action = self.rng.choices(self.actions, self._weights)[0]
        action()
        self.mode.idle.tick()

    def tap(self) -> None:
        target, pos = self._target(self._canvas_point())
        QTest.mouseClick(target, LEFT, NO_MODS, pos)

    def drag(self) -> None:
        vp = self.window.view.viewport()
        start = self._canvas_point()
        QTest.mousePress(vp, LEFT, NO_MODS, start)
        pos = start
        for _ in range(self.rng.randrange(2, 6)):
            pos = pos + QPoint(self.rng.randrange(-300, 301), self.rng.randrange(-300, 301))
            QTest.mouseMove(vp, pos)
        QTest.mouseRelease(vp, LEFT, NO_MODS, pos)

    def pinch(self) -> None:
        self.mode.idle.touched()
        anchor = QPointF(self._canvas_point())
        self.window.view.zoom_by(self.rng.choice((0.5, 0.8, 1.25, 2.0, 3.0)), anchor)

    def button(self) -> None:
        buttons = list(self.mode.bar.buttons.values())
        QTest.mouseClick(self.rng.choice(buttons), LEFT)

    def pad_and_back(self) -> None:
        self.mode.pad.open_pad()
        for key in self.rng.sample(list(self.mode.pad.keys), 3):
            self.mode.pad.press(key)
        QTest.mouseClick(self.mode.pad.cancel, LEFT)

    def reset(self) -> None:
        """Nobody touches for the idle time, the countdown runs out: check a clean kiosk."""
        cfg = self.mode.config
        if self.mode.idle.phase is Phase.WELCOME:
            return
        self.clock.now += cfg.idle_seconds + 0.1
        self.mode.idle.tick()
        self.clock.now += cfg.countdown_seconds + 0.1
        self.mode.idle.tick()
        self.resets += 1
        problems = self.check_clean()
        if problems:
            raise AssertionError(f"after reset {self.resets}: {problems}")

    def check_clean(self) -> list[str]:
        """What is left over from the last visitor (empty when the kiosk is clean)."""
        mode, window = self.mode, self.window
        problems = []
        if mode.idle.phase is not Phase.WELCOME or not mode.attract.running:
            problems.append("not back at the welcome")
        if mode.idle.overlay.isVisible() or mode.pad.isVisible() or mode.pad.entered_digits:
            problems.append("countdown or PIN pad left open")
        # What the next visitor gets once their first touch ends the welcome:
        mode.idle.touched()
        if mode.attract.running:
            problems.append("the welcome did not end on a touch")
        if window.store.state != ViewState():
            problems.append(f"state not clean: {window.store.state}")
        if abs(window.view.zoom - 1.0) > 1e-6:
            problems.append(f"zoom {window.view.zoom}")
        return problems

    def body_in_view(self) -> bool:
        """The centre of the view is over the body: it cannot be lost off-screen."""
        view = self.window.view
        centre = view.mapToScene(view.viewport().rect().center())
        slack = 2.0 / (view.transform().m11() or 1.0)  # scroll bars move in whole pixels
        return view.body_scene.body_rect.adjusted(-slack, -slack, slack, slack).contains(centre)
