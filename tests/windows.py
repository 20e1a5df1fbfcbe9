"""Build real main windows for GUI tests, one way everywhere."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from bodymap.core.atlas import Atlas
from bodymap.core.state import ViewState
from bodymap.ui.main_window import MainWindow


def make_window(qtbot, atlas: Atlas, state: ViewState | None = None) -> MainWindow:
    """A shown 1400x900 main window on ``atlas``, fitted, closed by qtbot at teardown."""
    w = MainWindow(atlas, state=state)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.view.fit_body()
    return w


def click_scene(qtbot, window: MainWindow, x: float, y: float) -> None:
    """A left click at a point of the drawing, through the real view."""
    pos = window.view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
