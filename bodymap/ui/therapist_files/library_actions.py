"""File ▸ Clients…, New session and Back up library…: the client library in the main window.

The library is opened on first use, never at start-up (and never by the kiosk, whose
actions are locked). A damaged or newer library is reported once; the rest of bodymap
keeps working without it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bodymap.core.errors import BodymapError
from bodymap.core.i18n import translate

# The library (SQLite), the Clients window and the thumbnails are imported when the library is
# first used, not at start-up: most sessions never open it.
if TYPE_CHECKING:
    from bodymap.core import library as lib
    from bodymap.core.session_file import Session
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.therapist_files.clients_window import ClientsWindow
    from bodymap.ui.therapist_files.progress_action import ProgressAction
    from bodymap.ui.therapist_files.session_actions import SessionController

ENV_PATH = "BODYMAP_LIBRARY"  # a different library file (tests, a second practice)


def library_path() -> Path:
    """Where the library lives: $BODYMAP_LIBRARY, else the user's data folder for bodymap."""
    override = os.environ.get(ENV_PATH)
    if override:
        return Path(override)
    from bodymap.core import library as lib

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / lib.FILE_NAME if base else lib.default_path()


class LibraryActions(QObject):
    """The library's menu actions, the Clients window, and saving sessions into the library."""

    def __init__(
        self, window: MainWindow, sessions: SessionController, progress: ProgressAction
    ) -> None:
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.progress = progress
        self._library: lib.Library | None = None
        self.failed: str = ""  # the message of a library that could not be opened
        self.clients_window: ClientsWindow | None = None
        self.act_clients = self._action(
            translate("TherapistFilesLibraryActions", "&Clients…"),
            self.show_clients,
            "Ctrl+K",
            translate("TherapistFilesLibraryActions", "Find a client and their sessions"),
        )
        self.act_new = self._action(
            translate("TherapistFilesLibraryActions", "&New session"),
            self.new_session,
            "Ctrl+N",
            translate("TherapistFilesLibraryActions", "Start an empty session"),
        )
        self.act_backup = self._action(
            translate("TherapistFilesLibraryActions", "Back &up library…"),
            self.backup_dialog,
            None,
            translate("TherapistFilesLibraryActions", "Write a copy of the client library"),
        )
        menu = window.menu_file
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act_new)
        menu.insertAction(first, self.act_clients)
        menu.insertSeparator(first)
        menu.insertAction(window.act_quit, self.act_backup)
        menu.insertSeparator(window.act_quit)
        window.destroyed.connect(self._close)

    def _action(self, text: str, slot: object, shortcut: str | None, tip: str) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    # --- the library -------------------------------------------------------------------------
    def library(self) -> lib.Library | None:
        """The open library (opened now if needed); None, after one message, if it cannot be."""
        if getattr(self.window, "kiosk", None) is not None:
            return None  # an unattended kiosk never touches client records
        if self._library is None and not self.failed:
            from bodymap.core import library as lib

            try:
                self._library = lib.open_library(library_path(), self._summarise)
            except BodymapError as exc:
                self.failed = exc.message
                QMessageBox.warning(
                    self.window,
                    translate("TherapistFilesLibraryActions", "Client library not opened"),
                    exc.message,
                )
        elif self._library is None:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesLibraryActions", "Client library not opened"),
                self.failed,
            )
        return self._library

    def _summarise(self, session: Session) -> tuple[float, int]:
        from bodymap.core.painting import summarise as pain_summary

        pain = pain_summary(self.window.atlas, session.strokes)
        return round(pain.area_percent, 1), pain.peak

    def _close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    # --- actions -------------------------------------------------------------------------------
    def show_clients(self) -> ClientsWindow | None:
        """Open (or raise) the Clients window."""
        library = self.library()
        if library is None:
            return None
        if self.clients_window is None:
            from bodymap.ui.therapist_files.clients_window import ClientsWindow

            w = ClientsWindow(library, self.window.atlas, self.window)
            w.session_open_requested.connect(self.open_session)
            w.new_session_requested.connect(self.new_session_for)
            w.progress_requested.connect(self.show_progress)
            self.clients_window = w
        else:
            self.clients_window.reload()
        self.clients_window.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.clients_window.raise_()  # bring it forward if it was behind the main window
        self.clients_window.search.setFocus()
        return self.clients_window

    def new_session(self) -> bool:
        """File ▸ New session: an empty, untitled session (offering to save the old one)."""
        return self.sessions.start_new()

    def new_session_for(self, client_id: int) -> bool:
        """A new session for a client of the library: Save files it under that client."""
        library = self.library()
        if library is None:
            return False
        client = library.client(client_id)
        if not self.sessions.start_new(client=client.name):
            return False
        from bodymap.ui.therapist_files.clients_window import long_date

        store = self._store(library, client_id, None)
        self.sessions.attach_store(store, f"{client.name} – {long_date(self.sessions.date)}")
        return True

    def open_session(self, session_id: int) -> bool:
        """Open a stored session; Save writes it back to the library."""
        library = self.library()
        if library is None:
            return False
        try:
            record = library.session(session_id)
        except BodymapError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesLibraryActions", "Session not opened"),
                exc.message,
            )
            return False
        from bodymap.ui.therapist_files.clients_window import long_date

        client = library.client(record.client_id)
        name = f"{client.name} – {long_date(record.date)}"
        store = self._store(library, record.client_id, session_id)
        return self.sessions.show_session(record.session, name, store)

    def _store(
        self, library: lib.Library, client_id: int, session_id: int | None
    ) -> Callable[[Session], Session]:
        """How Save writes a session into the library: added the first time, then updated."""
        saved_as: list[int] = [] if session_id is None else [session_id]

        from bodymap.ui.therapist_files.thumbnail import thumbnail_png

        def store(session: Session) -> Session:
            png = thumbnail_png(self.window.atlas, session.strokes)
            if saved_as:
                record = library.update_session(saved_as[0], session, png)
            else:
                record = library.add_session(client_id, session, png)
                saved_as.append(record.id)
            self._refresh()
            return record.session

        return store

    def _refresh(self) -> None:
        if self.clients_window is not None and self.clients_window.isVisible():
            self.clients_window.reload()

    def show_progress(self, client_id: int) -> object:
        """The progress chart of one client's sessions, straight from the library."""
        library = self.library()
        if library is None:
            return None
        client = library.client(client_id)
        records = library.sessions(client_id)
        if not records:
            return None
        from bodymap.core import progress as prog
        from bodymap.ui.therapist_files.clients_window import long_date

        loaded = [(long_date(r.date), r.session) for r in records]
        points = prog.progress(loaded, self.window.atlas)
        return self.progress.show_points(points, client.name)

    def backup_dialog(self) -> Path | None:
        """Ask where to write a copy of the library, then write it."""
        library = self.library()
        if library is None:
            return None
        stamp = dt.date.today().isoformat()
        start = str(Path.home() / f"bodymap-library-{stamp}.sqlite3")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("TherapistFilesLibraryActions", "Back up the client library"),
            start,
            translate("TherapistFilesLibraryActions", "bodymap library (*.sqlite3)"),
        )
        return self.backup_to(Path(name)) if name else None

    def backup_to(self, target: Path) -> Path | None:
        """Write a consistent copy of the library to ``target`` (readable only by the user)."""
        library = self.library()
        if library is None:
            return None
        try:
            out = library.backup(target)
        except BodymapError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesLibraryActions", "Library not backed up"),
                exc.message,
            )
            return None
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesLibraryActions",
                "Library backed up to {out}.",
            ).format(out=out),
            6000,
        )
        return out
