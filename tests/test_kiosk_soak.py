"""Soak: thousands of random visitor interactions through the real kiosk widgets."""

from __future__ import annotations

import gc
import os

from PySide6.QtWidgets import QApplication

from tests.kiosk_soak_driver import Visitor, build

STEPS = int(os.environ.get("BODYMAP_SOAK_STEPS", "2000"))
WARM_UP = 300


def qt_wrappers() -> int:
    """How many Python wrappers of Qt objects are alive (a leak shows as growth)."""
    QApplication.processEvents()
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o).__module__.startswith("PySide6"))


def test_random_visitors_leave_a_clean_kiosk(qtbot, atlas):
    """Random touches, drags, pinches, buttons and idle resets never leave visitor traces."""
    window, mode, clock = build(atlas)
    qtbot.addWidget(window, before_close_func=lambda _w: mode.dispose())
    visitor = Visitor(window, mode, clock, seed=7)
    for _ in range(WARM_UP):
        visitor.step()
    wrappers = qt_wrappers()
    for i in range(STEPS):
        visitor.step()
        assert window.isVisible() and window.isFullScreen(), f"step {i}"
        assert visitor.body_in_view(), f"body lost off-screen at step {i}"
    visitor.reset()
    assert visitor.resets >= STEPS // 100
    # Wrappers of article text lists once grew with every reset: nothing may pile up.
    assert qt_wrappers() - wrappers < 40
