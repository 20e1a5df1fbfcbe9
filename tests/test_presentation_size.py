"""Present (F11) draws the body larger, enlarges the candidates panel; Esc restores every font."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from tests.windows import make_window

ROOT = Path(__file__).resolve().parent.parent


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def presenting(qtbot, atlas):
    """A window ready to present; presentation is left at teardown (its marker size is global)."""
    window = presenting_window(qtbot, atlas)
    yield window
    window.presentation.set_active(False)


def presenting_window(qtbot, atlas):
    """A window as large as its screen, with a pain drawing (so both tool rows and the panel
    are up: the case where presenting used to shrink the body)."""
    window = make_window(qtbot, atlas)
    window.resize(window.screen().geometry().size())
    window.select(Ref("piriformis", "right"))
    window.drawing.set_active(True)
    stroke = Stroke(points=((1000.0, 900.0), (1010.0, 1000.0)), intensity=6, side="right")
    window.store.update(ops.add_stroke, stroke)
    settle()
    assert window.candidates.isVisible() and window.drawing.toolbar.isVisible()
    return window


@pytest.mark.parametrize("screen", ((1600, 1000), (1920, 1080), (1366, 768)), ids=str)
def test_presenting_draws_the_body_larger(tmp_path, screen):
    """On a real-sized screen the body's on-screen height grows by 5 % or more, and comes back.

    Runs in a child process whose offscreen screen has that size (this process's screen is
    fixed when its QApplication starts)."""
    width, height = screen
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpiX": 96,
                        "logicalDpiY": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.presentation_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for case, (before, during, after) in result.items():
        assert during >= before * 1.05, (case, before, during)
        assert after == before, (case, before, after)


def test_candidates_heading_grows_when_presenting(presenting):
    """The "Which muscles…" panel, its title included, is at 16 pt while presenting."""
    window = presenting
    panel = window.candidates
    normal = panel.font().pointSizeF()
    window.presentation.set_active(True)
    settle()
    assert panel.font().pointSizeF() >= 16 > normal
    assert panel.list.font().pointSizeF() >= 16


def test_leaving_restores_every_font(presenting):
    """After Esc every widget of the window has exactly the font it had before F11."""
    window = presenting
    before = {id(w): w.font().toString() for w in window.findChildren(QWidget)}
    widgets = {id(w): w for w in window.findChildren(QWidget)}
    window.presentation.set_active(True)
    settle()
    assert window.candidates.list.font().toString() != before[id(window.candidates.list)]
    window.presentation.set_active(False)
    settle()
    changed = [
        (type(w).__name__, w.objectName(), before[key], w.font().toString())
        for key, w in widgets.items()
        if w.font().toString() != before[key]
    ]
    assert not changed, changed


def test_tool_rows_come_back_in_order(presenting):
    """After presenting, the main bar is on top again, then the pain drawing's bar below it."""
    window = presenting
    window.presentation.set_active(True)
    settle()
    window.presentation.set_active(False)
    settle()
    from PySide6.QtCore import Qt

    top = Qt.ToolBarArea.TopToolBarArea
    assert window.toolBarArea(window.toolbar) == top
    assert window.toolBarArea(window.drawing.toolbar) == top
    assert window.toolbar.geometry().bottom() < window.drawing.toolbar.geometry().top()
    assert window.toolbar_fit.hidden_in_overflow() == []
