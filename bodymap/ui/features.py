"""Every optional feature of the main window, installed in one visible place.

Each feature module exposes ``install(window)``, which adds its actions, panels and
interactions to a MainWindow without the window knowing the feature's details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    """Install the therapist, student and kiosk features (each a mode of the same window)."""
    from bodymap.ui import therapist

    therapist.install(window)
    from bodymap.ui import therapist_files

    therapist_files.install(window)
    from bodymap.ui import student

    student.install(window)
    from bodymap.ui import fit

    fit.install(window)
    # Last, so Qt's own parts added by every feature above get names too.
    from PySide6.QtWidgets import QApplication

    from bodymap.ui import accessible_names

    accessible_names.name_qt_parts(window)
    accessible_names.watch_tab_bars(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        accessible_names.install(app)
    from bodymap.ui import guide

    guide.install(window)
