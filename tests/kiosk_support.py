"""Helpers shared by the kiosk GUI tests and the soak run."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from bodymap.core.kiosk_config import KioskConfig
from bodymap.ui.kiosk import KioskMode, apply_kiosk
from bodymap.ui.main_window import MainWindow


def make_kiosk(qtbot, atlas, config: KioskConfig, clock=None) -> tuple[MainWindow, KioskMode]:
    """A kiosk window, shown fullscreen and exposed; released again at teardown."""
    window = MainWindow(atlas)
    mode = apply_kiosk(window, config, clock) if clock else apply_kiosk(window, config)
    mode.quit_fn = lambda: setattr(mode, "quit_called", True)
    qtbot.addWidget(window, before_close_func=lambda _w: mode.dispose())
    window.resize(1280, 800)
    mode.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    window.view.fit_body()
    return window, mode


def tap(qtbot, widget, pos: QPoint) -> None:
    """A finger tap (a press and release at one point)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def tap_scene(qtbot, window, x: float, y: float) -> None:
    """Tap a point of the drawing where a finger would: on the topmost widget there."""
    view = window.view
    tap_window(qtbot, window, view.viewport().mapTo(window, view.mapFromScene(QPointF(x, y))))


def tap_window(qtbot, window, pos: QPoint) -> None:
    """Tap whatever widget is at a window position (overlays included)."""
    target = window.childAt(pos) or window
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, pos))
