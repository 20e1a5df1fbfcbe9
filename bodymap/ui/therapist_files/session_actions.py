"""The File menu for sessions: open, save, save as, recent files, notes, unsaved-changes prompt.

Session files stay on this computer: nothing here opens a network connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap import APP_NAME, ORG_NAME
from bodymap.core import session_file as sf
from bodymap.core.errors import BodymapError
from bodymap.core.home_plan import PlanChoice
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.session_file import Session
from bodymap.core.state import ViewState

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

FILE_FILTER = QT_TRANSLATE_NOOP("TherapistFilesSessionActions", "bodymap sessions (*.bodymap)")
RECENT_KEY = "sessions/recent"
RECENT_MAX = 8


def _listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


class NotesPanel(QWidget):
    """The client's name and free notes for this session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.client = QLineEdit(self)
        self.client.setPlaceholderText(
            translate(
                "TherapistFilesSessionActions", "Client's name (optional, stays on this computer)"
            )
        )
        self.client.setAccessibleName(translate("TherapistFilesSessionActions", "Client's name"))
        # The day of the session (a session written up later keeps its own day).
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(translate("TherapistFilesSessionActions", "d MMMM yyyy"))
        self.date.setDate(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.date.setAccessibleName(translate("TherapistFilesSessionActions", "Session date"))
        self.date.setToolTip(
            translate(
                "TherapistFilesSessionActions",
                "The day of this session (the progress chart uses it)",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.client, 1)
        row.addWidget(QLabel(translate("TherapistFilesSessionActions", "Session date:"), self))
        row.addWidget(self.date)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            translate(
                "TherapistFilesSessionActions",
                "Notes for this session: what was found, what was agreed…",
            )
        )
        self.notes.setAccessibleName(translate("TherapistFilesSessionActions", "Session notes"))
        label = QLabel(
            translate(
                "TherapistFilesSessionActions", "Saved in the session file with the drawing."
            ),
            self,
        )
        label.setEnabled(False)
        layout.addLayout(row)
        layout.addWidget(self.notes, 1)
        layout.addWidget(label)


class SessionController(QObject):
    """Owns the current session file: its path, what was last saved, and the menu actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.settings = QSettings(ORG_NAME, APP_NAME)
        self.date = sf.today()
        self.saved_at = ""
        self._baseline: Session | None = None  # what the file holds; None while untitled
        # The self-care items ticked in "Export handout…", kept with the session.
        self.home_plan: tuple[PlanChoice, ...] = ()
        # A session kept somewhere other than a file (the client library): how to save it
        # and the name the title shows. None while the session is a file or untitled.
        self.store: Callable[[Session], Session] | None = None
        self.store_name = ""
        self._base_title = window.windowTitle()
        # Nobody can answer a dialog on the offscreen platform (tests, --screenshot):
        # closing there must never wait for one. Tests of the prompt switch it on.
        platform = QGuiApplication.platformName()
        self.prompt_on_close = platform not in ("offscreen", "minimal")
        self.panel = NotesPanel()
        self.dock = QDockWidget(translate("TherapistFilesSessionActions", "Session notes"), window)
        self.dock.setObjectName("sessionNotesDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self._build_actions()
        window.store.state_changed.connect(self._on_state_changed)
        self.panel.notes.textChanged.connect(self.refresh_title)
        self.panel.client.textChanged.connect(self.refresh_title)
        self.panel.date.setDate(QDate.fromString(self.date, Qt.DateFormat.ISODate))
        self.panel.date.dateChanged.connect(self._on_date_changed)
        window.installEventFilter(self)
        self.refresh_title()

    # --- building ------------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        act = QAction(text, self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def _build_actions(self) -> None:
        w = self.window
        self.act_open = self._action(
            translate("TherapistFilesSessionActions", "&Open session…"),
            self.open_dialog,
            "Ctrl+O",
            translate(
                "TherapistFilesSessionActions", "Open a saved session: drawing, selection and notes"
            ),
        )
        self.act_save = self._action(
            translate("TherapistFilesSessionActions", "&Save session"),
            self.save,
            "Ctrl+S",
            translate(
                "TherapistFilesSessionActions",
                "Save the drawing, selection and notes to a .bodymap file",
            ),
        )
        self.act_save_as = self._action(
            translate("TherapistFilesSessionActions", "Save session &as…"),
            self.save_as,
            "Ctrl+Shift+S",
        )
        self.act_notes = self.dock.toggleViewAction()
        self.act_notes.setText(translate("TherapistFilesSessionActions", "Session &notes"))
        self.act_notes.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.menu_recent = QMenu(translate("TherapistFilesSessionActions", "Open &recent"), w)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        menu = w.menu_file
        before = w.act_quit
        for act in (self.act_open,):
            menu.insertAction(before, act)
        menu.insertMenu(before, self.menu_recent)
        for act in (self.act_save, self.act_save_as, self.act_notes):
            menu.insertAction(before, act)
        menu.insertSeparator(before)
        self._fill_recent()

    # --- what the session is now -----------------------------------------------------------
    def current(self) -> Session:
        """The session as the window shows it now."""
        return sf.from_state(
            self.window.store.state,
            self.panel.notes.toPlainText(),
            self.panel.client.text().strip(),
            self.date,
            self.home_plan,
        )

    def is_modified(self) -> bool:
        """True when closing now would lose something the user did."""
        return bool(self.changes())

    def changes(self) -> list[str]:
        """What changed since the last save, in words ("the selection", "the drawing", …)."""
        now = self.current()
        if self._baseline is None:
            # An untitled window only has something to lose once drawn on or written in.
            base = sf.Session(date=now.date, selection=now.selection, depth=now.depth)
        else:
            base = self._baseline
        parts = [
            (translate("TherapistFilesSessionActions", "the drawing"), now.strokes != base.strokes),
            (
                translate("TherapistFilesSessionActions", "the selection"),
                (now.selection, now.depth) != (base.selection, base.depth),
            ),
            (translate("TherapistFilesSessionActions", "the notes"), now.notes != base.notes),
            (
                translate("TherapistFilesSessionActions", "the client's name"),
                now.client != base.client,
            ),
            (translate("TherapistFilesSessionActions", "the session date"), now.date != base.date),
            (
                translate("TherapistFilesSessionActions", "the home plan"),
                now.home_plan != base.home_plan,
            ),
        ]
        return [name for name, changed in parts if changed]

    def _on_date_changed(self, date: QDate) -> None:
        self.date = date.toString(Qt.DateFormat.ISODate)
        self.refresh_title()

    def set_home_plan(self, choices: tuple[PlanChoice, ...]) -> None:
        """Keep the ticked self-care items with the session (saved with it)."""
        if choices != self.home_plan:
            self.home_plan = choices
            self.refresh_title()

    def refresh_title(self) -> None:
        """Show the file's name in the title and a * when there are unsaved changes."""
        name = self.store_name or (
            self.path.name
            if self.path
            else translate("TherapistFilesSessionActions", "Untitled session")
        )
        self.window.setWindowTitle(f"{name}[*] – {self._base_title}")
        self.window.setWindowModified(self.is_modified())

    def _on_state_changed(self, old: ViewState, new: ViewState) -> None:
        if (old.strokes, old.selection, old.depth) != (new.strokes, new.selection, new.depth):
            self.refresh_title()

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the current file (asking for a name the first time); False if not saved."""
        if self.store is not None:
            return self._write_store(self.store)
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def _write_store(self, store: Callable[[Session], Session]) -> bool:
        try:
            saved = store(self.current())
        except BodymapError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesSessionActions", "Session not saved"),
                exc.message,
            )
            return False
        self._baseline = saved
        self.saved_at = saved.saved_at
        self.refresh_title()
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesSessionActions",
                "Saved {store_name} in the client library (on this computer only).",
            ).format(store_name=self.store_name),
            5000,
        )
        return True

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        client = self.panel.client.text().strip()
        stem = (
            f"{client} {self.date}"
            if client
            else translate(
                "TherapistFilesSessionActions",
                "session {date}",
            ).format(date=self.date)
        )
        start = self.path or Path(self.last_folder()) / f"{stem}{sf.SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("TherapistFilesSessionActions", "Save session"),
            str(start),
            translate("TherapistFilesSessionActions", FILE_FILTER),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != sf.SUFFIX:
            path = path.with_name(path.name + sf.SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        session = self.current()
        try:
            saved = sf.save_session(path, session)
        except BodymapError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesSessionActions", "Session not saved"),
                exc.message,
            )
            return False
        self.path = path
        self.store, self.store_name = None, ""
        self._baseline = saved
        self.saved_at = saved.saved_at
        self._remember(path)
        self.refresh_title()
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesSessionActions",
                "Saved {name} (on this computer only).",
            ).format(name=path.name),
            5000,
        )
        return True

    # --- opening -------------------------------------------------------------------------
    def open_dialog(self) -> None:
        """Ask for a session file and open it (after offering to save unsaved changes)."""
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("TherapistFilesSessionActions", "Open session"),
            self.last_folder(),
            translate("TherapistFilesSessionActions", FILE_FILTER),
        )
        if name:
            self.open_path(Path(name), asked=True)

    def open_path(self, path: Path, asked: bool = False) -> bool:
        """Open a session file; a damaged one shows a message and changes nothing."""
        if not asked and not self.maybe_save():
            return False
        try:
            session = sf.load_session(path, self.window.atlas.structures)
        except BodymapError as exc:
            QMessageBox.warning(
                self.window,
                translate("TherapistFilesSessionActions", "Session not opened"),
                exc.message,
            )
            return False
        self._show(session)
        self.path = path
        self._remember(path)
        self.refresh_title()
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesSessionActions",
                "Opened {name}, session of {date}.",
            ).format(name=path.name, date=session.date),
            5000,
        )
        return True

    def _show(self, session: Session) -> None:
        """Put a session's drawing, selection, depth, notes and date into the window."""
        self.window.store.set(sf.apply_to_state(self.window.store.state, session))
        drawing = getattr(self.window, "drawing", None)
        if drawing is not None:
            drawing.reset_history()  # undo must not bring back the drawing from before opening
        self.path = None
        self.store, self.store_name = None, ""
        self.date = session.date
        self.panel.date.blockSignals(True)
        self.panel.date.setDate(QDate.fromString(session.date, Qt.DateFormat.ISODate))
        self.panel.date.blockSignals(False)
        self.saved_at = session.saved_at
        self._baseline = session
        self.home_plan = session.home_plan
        self.panel.client.setText(session.client)
        self.panel.notes.setPlainText(session.notes)
        if session.notes.strip():
            self.dock.show()

    def show_session(
        self, session: Session, name: str, store: Callable[[Session], Session]
    ) -> bool:
        """Open a session kept outside a file (the client library); Save calls ``store``."""
        if not self.maybe_save():
            return False
        self._show(session)
        self.attach_store(store, name)
        self.window.statusBar().showMessage(
            translate(
                "TherapistFilesSessionActions",
                "Opened {name}.",
            ).format(name=name),
            5000,
        )
        return True

    def start_new(self, client: str = "") -> bool:
        """An empty, untitled session dated today (after offering to save the current one)."""
        if not self.maybe_save():
            return False
        fresh = sf.Session(date=sf.today(), client=client)
        self._show(fresh)
        # A library client's empty session has nothing to lose yet; an untitled one is
        # judged as before (modified once drawn on or written in).
        self._baseline = fresh if client else None
        self.saved_at = ""
        self.refresh_title()
        return True

    def attach_store(self, store: Callable[[Session], Session], name: str) -> None:
        """From now on Save writes through ``store`` and the title shows ``name``."""
        self.store, self.store_name = store, name
        self.refresh_title()

    def maybe_save(self) -> bool:
        """Offer Save / Discard / Cancel when there are unsaved changes; False means stop."""
        if not self.is_modified():
            return True
        name = (
            self.path.name
            if self.path
            else translate("TherapistFilesSessionActions", "this session")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("TherapistFilesSessionActions", "Unsaved changes"),
            translate(
                "TherapistFilesSessionActions",
                "Save the changes to {name}?",
            ).format(name=name),
            parent=self.window,
        )
        box.setInformativeText(
            translate(
                "TherapistFilesSessionActions",
                "Changed since the last save: {listed}.",
            ).format(listed=_listed(self.changes()))
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.prompt_on_close
            and not self.maybe_save()
        ):
            event.ignore()
            return True
        return False

    # --- recent files --------------------------------------------------------------------
    def recent(self) -> list[str]:
        """The recently used session files, newest first."""
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or [] if v]

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        items = [text, *(p for p in self.recent() if p != text)][:RECENT_MAX]
        self.settings.setValue(RECENT_KEY, items)
        self._fill_recent()

    def last_folder(self) -> str:
        for p in self.recent():
            folder = Path(p).parent
            if folder.is_dir():
                return str(folder)
        return str(Path.home())

    def _fill_recent(self) -> None:
        menu = self.menu_recent
        menu.clear()
        items = self.recent()
        for i, p in enumerate(items):
            act = menu.addAction(f"&{i + 1} {Path(p).name}")
            act.setStatusTip(p)
            act.triggered.connect(lambda _=False, p=p: self.open_recent(p))
        menu.setEnabled(bool(items))

    def open_recent(self, text: str) -> bool:
        """Open a recent file; a file that has gone is dropped from the list with a message."""
        path = Path(text)
        if not path.is_file():
            self.settings.setValue(RECENT_KEY, [p for p in self.recent() if p != text])
            self._fill_recent()
            QMessageBox.information(
                self.window,
                translate("TherapistFilesSessionActions", "Session not found"),
                translate(
                    "TherapistFilesSessionActions",
                    "{text}: the file is no longer there (moved, renamed or "
                    "deleted). It has been removed from the recent list.",
                ).format(text=text),
            )
            return False
        return self.open_path(path)
