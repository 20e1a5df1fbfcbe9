"""The handout's menu actions: "Export handout…" (Ctrl+E) and "Print handout…" (Ctrl+P).

The dialog, the page layout and the PDF writer (``handout``, ``handout_pages``) are imported
when a handout is first asked for, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bodymap.core.i18n import translate

if TYPE_CHECKING:
    from bodymap.core.home_plan import PlanChoice
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.therapist_files.handout_pages import HandoutOptions

THERAPIST_KEY = "handout/therapist"
FOLDER_KEY = "handout/folder"


class HandoutActions(QObject):
    """ "Export handout…" (Ctrl+E) and "Print…" (Ctrl+P) for a main window."""

    def __init__(
        self, window: MainWindow, client_name: Callable[[], str], settings: Callable[[], QSettings]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.client_name = client_name
        self.settings = settings  # where the therapist's name is kept, on this computer
        self.act_export = QAction(translate("TherapistFilesHandout", "&Export handout…"), window)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.setStatusTip(
            translate(
                "TherapistFilesHandout",
                "Write a PDF for the client: the body map, the plain "
                "explanation, the home plan, urgent signs and the disclaimer",
            )
        )
        self.act_export.triggered.connect(self.export)
        self.act_print = QAction(translate("TherapistFilesHandout", "&Print handout…"), window)
        self.act_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.act_print.triggered.connect(self.print_)
        for act in (self.act_export, self.act_print):
            window.addAction(act)
            window.menu_file.insertAction(window.act_quit, act)
        window.menu_file.insertSeparator(window.act_quit)

    def ask(self, title: str, ok_text: str) -> HandoutOptions | None:
        """Show the dialog; None when cancelled."""
        from bodymap.ui.therapist_files import handout as h
        from bodymap.ui.therapist_files.home_plan_picker import offered

        kept = self.settings().value(THERAPIST_KEY, "")
        therapist = kept if isinstance(kept, str) else ""
        chosen = self.home_plan()
        start = h.HandoutOptions(
            therapist,
            self.client_name(),
            h.default_paper(),
            chosen,
            getattr(self.window, "language", "en"),
        )
        items = offered(self.window.atlas, self.plan_muscles(), chosen)
        dialog = h.HandoutDialog(self.window, title, start, ok_text, items)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        opts = dialog.options()
        self.settings().setValue(THERAPIST_KEY, opts.therapist)
        sessions = getattr(self.window, "sessions", None)
        if sessions is not None:
            sessions.set_home_plan(opts.home_plan)  # kept in the session file
        return opts

    def home_plan(self) -> tuple[PlanChoice, ...]:
        """The items ticked so far in this session."""
        sessions = getattr(self.window, "sessions", None)
        return tuple(getattr(sessions, "home_plan", ()))

    def plan_muscles(self) -> list[str]:
        """The muscles whose self-care the dialog offers: the selection, then the candidates."""
        sel = self.window.store.state.selection
        out = [sel.id] if sel is not None else []
        panel = getattr(self.window, "candidates", None)
        for cand in getattr(panel, "candidates", []) if self.window.store.state.strokes else []:
            if cand.ref.id not in out:
                out.append(cand.ref.id)
        return out

    def default_name(self) -> str:
        """A file name such as ``handout piriformis right 2026-03-03.pdf``."""
        sel = self.window.store.state.selection
        what = "overview" if sel is None else f"{sel.id.replace('_', ' ')} {sel.side or ''}"
        return f"handout {what.strip()} {dt.date.today().isoformat()}.pdf"

    def last_folder(self) -> str:
        """Where the last handout went; else where sessions were last saved; else home."""
        kept = self.settings().value(FOLDER_KEY, "")
        if isinstance(kept, str) and kept and Path(kept).is_dir():
            return kept
        sessions = getattr(self.window, "sessions", None)
        return sessions.last_folder() if sessions is not None else str(Path.home())

    def export(self) -> Path | None:
        """Ask for names, paper and a file name, then write the PDF."""
        opts = self.ask(
            translate("TherapistFilesHandout", "Export handout"),
            translate("TherapistFilesHandout", "Choose file…"),
        )
        if opts is None:
            return None
        from bodymap.ui.therapist_files import handout as h

        start = str(Path(self.last_folder()) / self.default_name())
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("TherapistFilesHandout", "Save handout as PDF"),
            start,
            translate("TherapistFilesHandout", "PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings().setValue(FOLDER_KEY, str(path.parent))
        try:
            pages = h.write_pdf(self.window, path, opts)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesHandout", "Handout not saved"),
                translate(
                    "TherapistFilesHandout",
                    "{path}: the PDF could not be written ({reason}). Choose a "
                    "folder you can write to.",
                ).format(path=path, reason=reason),
            )
            return None
        if not path.is_file() or path.stat().st_size == 0:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesHandout", "Handout not saved"),
                translate(
                    "TherapistFilesHandout",
                    "{path}: the PDF could not be written. Choose a folder you can write to.",
                ).format(path=path),
            )
            return None
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesHandout",
                "Handout saved: {path} ({pages} pages).",
            ).format(path=path, pages=pages),
            8000,
        )
        return path

    def print_(self) -> bool:
        """Ask for names and paper, then print through the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from bodymap.ui.therapist_files import handout as h

        opts = self.ask(
            translate("TherapistFilesHandout", "Print handout"),
            translate("TherapistFilesHandout", "Choose printer…"),
        )
        if opts is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        h.setup_device(printer, opts.paper)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(translate("TherapistFilesHandout", "Print handout"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            h.paint_window(self.window, printer, opts)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesHandout", "Handout not printed"),
                translate(
                    "TherapistFilesHandout",
                    "The printer could not be used ({exc}). Check it is on and "
                    "try again, or export a PDF instead.",
                ).format(exc=exc),
            )
            return False
        return True
