"""Soak: thousands of random visitor interactions through the real kiosk widgets."""

from __future__ import annotations

import os

import pytest

from tests.kiosk_soak_driver import Visitor, build

STEPS = int(os.environ.get("BODYMAP_SOAK_STEPS", "2000"))


@pytest.mark.parametrize("seed", [7])
def test_random_visitors_leave_a_clean_kiosk(qtbot, atlas, seed):
    """Random touches, drags, pinches, buttons and idle resets never leave visitor traces."""
    window, mode, clock = build(atlas)
    qtbot.addWidget(window, before_close_func=lambda _w: mode.dispose())
    visitor = Visitor(window, mode, clock, seed)
    for i in range(STEPS):
        visitor.step()
        assert window.isVisible() and window.isFullScreen(), f"step {i}"
        assert visitor.body_in_view(), f"body lost off-screen at step {i}"
    visitor.reset()
    assert visitor.resets >= STEPS // 100
