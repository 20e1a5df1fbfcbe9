"""Layout that adapts to the window: the toolbar at any width, the legend off the selection.

``install(window)`` adds the toolbar fitter (``window.toolbar_fit``), the legend placer
(``window.legend_place``) and the right dock column's balancer (``window.dock_balance``).
None of them adds anything to read: they only move and resize what the other features
built, so every window size shows the same app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Fit the toolbar to the window's width and keep the legend clear of the selection."""
    from bodymap.ui.fit.docks import DockBalancer
    from bodymap.ui.fit.legend_place import LegendPlacer
    from bodymap.ui.fit.toolbar import ToolbarFitter

    window.toolbar_fit = ToolbarFitter(window)  # type: ignore[attr-defined]
    window.legend_place = LegendPlacer(window)  # type: ignore[attr-defined]
    window.dock_balance = DockBalancer(window)  # type: ignore[attr-defined]
