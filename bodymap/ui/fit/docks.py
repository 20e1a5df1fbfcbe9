"""Fair shares for the docks that stack on the right: no card squeezed to a strip.

The candidates panel ("Muscles with a matching pain pattern") and the Details card (tabbed with
the quiz) both live in the right dock area. Qt gives a dock that appears next to another
only what is left, so one of them used to end up about 130 px high. Whenever a right-hand
dock is shown, the visible ones share the height evenly (the Details card a little more:
it is the longer read), and the column is at least wide enough for a card's lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

MIN_SHARE = 0.35  # of the dock column's height, for each of two stacked docks
DETAILS_SHARE = 0.55
COLUMN_CHARS = 46  # average characters across the right dock column, at least


class DockBalancer(QObject):
    """Re-shares the right dock column's height whenever one of its docks is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.balance)
        for dock in window.findChildren(QDockWidget):
            self.watch(dock)

    def watch(self, dock: QDockWidget) -> None:
        """Re-share the column whenever ``dock`` is shown (docks built on first use, such as
        the candidates and the quiz, are handed over by ``watch_new_dock``)."""
        if not dock.property("bodymapBalanced"):
            dock.setProperty("bodymapBalanced", True)
            dock.visibilityChanged.connect(lambda on: on and self._timer.start())

    def right_docks(self) -> list[QDockWidget]:
        """Docks that live in the right dock area."""
        w = self.window
        area = Qt.DockWidgetArea.RightDockWidgetArea
        return [d for d in w.findChildren(QDockWidget) if w.dockWidgetArea(d) == area]

    def stacked(self) -> list[QDockWidget]:
        """The visible right docks, one per tab group (a hidden tab takes no height)."""
        seen: list[QDockWidget] = []
        for dock in self.right_docks():
            shown = dock.isVisible() and not dock.isFloating()
            if shown and not dock.visibleRegion().isEmpty():
                tabbed = any(dock in self.window.tabifiedDockWidgets(s) for s in seen)
                if not tabbed:
                    seen.append(dock)
        return seen

    def balance(self) -> None:
        """Share the column's height between the stacked docks and widen a thin column."""
        docks = self.stacked()
        if not docks:
            return
        w = self.window
        unit = w.fontMetrics().averageCharWidth()
        width = max(d.width() for d in docks)
        if width < unit * COLUMN_CHARS:
            w.resizeDocks(docks, [unit * COLUMN_CHARS] * len(docks), Qt.Orientation.Horizontal)
        if len(docks) < 2:
            return
        total = sum(d.height() for d in docks)
        details = getattr(getattr(w, "student", None), "details_dock", None)
        group = set(w.tabifiedDockWidgets(details)) | {details} if details else set()
        if len(docks) == 2 and any(d in group for d in docks):
            shares = [DETAILS_SHARE if d in group else 1 - DETAILS_SHARE for d in docks]
        else:
            shares = [1 / len(docks)] * len(docks)
        w.resizeDocks(docks, [int(total * s) for s in shares], Qt.Orientation.Vertical)


def watch_new_dock(window: QObject, dock: QDockWidget) -> None:
    """A dock built after start-up takes its share of the column like the others."""
    balancer = getattr(window, "dock_balance", None)
    if isinstance(balancer, DockBalancer):
        balancer.watch(dock)
