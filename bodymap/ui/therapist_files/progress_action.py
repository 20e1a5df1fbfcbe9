"""The "Progress…" menu action; the chart itself (``progress_chart``, pyqtgraph, numpy) is
imported when a chart first opens, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bodymap.core.errors import BodymapError
from bodymap.core.i18n import translate
from bodymap.core.session_file import Session, load_session

if TYPE_CHECKING:
    from bodymap.core import progress as prog
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.therapist_files.progress_chart import ProgressDialog


class ProgressAction(QObject):
    """The "Progress…" menu action: choose sessions of one client and chart them."""

    def __init__(self, window: MainWindow, start_folder: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.start_folder = start_folder
        self.dialog: ProgressDialog | None = None
        self.act = QAction(translate("TherapistFilesProgressChart", "Pro&gress…"), window)
        self.act.setStatusTip(
            translate(
                "TherapistFilesProgressChart",
                "Chart a client's painted area and peak intensity over sessions",
            )
        )
        self.act.triggered.connect(self.choose)
        window.addAction(self.act)
        window.menu_file.insertAction(window.act_quit, self.act)
        window.menu_file.insertSeparator(window.act_quit)

    def choose(self) -> ProgressDialog | None:
        """Ask for session files, then show the chart."""
        folder = self.start_folder() if callable(self.start_folder) else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("TherapistFilesProgressChart", "Choose the sessions of one client"),
            folder,
            translate("TherapistFilesProgressChart", "bodymap sessions (*.bodymap)"),
        )
        return self.show_files([Path(n) for n in names]) if names else None

    def show_files(self, paths: list[Path]) -> ProgressDialog | None:
        """Chart the given session files; damaged ones are named and left out."""
        loaded: list[tuple[str, Session]] = []
        problems: list[str] = []
        for path in paths:
            try:
                loaded.append((path.name, load_session(path, self.window.atlas.structures)))
            except BodymapError as exc:
                problems.append(exc.message)
        if problems:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesProgressChart", "Some sessions left out"),
                "\n\n".join(problems),
            )
        if not loaded:
            return None
        from bodymap.core import progress as prog

        names = prog.clients(s for _, s in loaded)
        if len(names) > 1:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesProgressChart", "Sessions of different clients"),
                translate(
                    "TherapistFilesProgressChart",
                    "These sessions belong to {join}. Choose the sessions of one "
                    "client to see their progress.",
                ).format(join=", ".join(names)),
            )
            return None
        return self.show_points(prog.progress(loaded, self.window.atlas), names[0] if names else "")

    def show_points(self, points: list[prog.ProgressPoint], client: str = "") -> ProgressDialog:
        """Show the chart of already computed figures (also used by the client library)."""
        from bodymap.ui.therapist_files.progress_chart import ProgressDialog

        self.dialog = ProgressDialog(self.window, points, client)
        self.dialog.show()
        return self.dialog
