"""The Clients window: find a client by name, see their sessions by date, open one or start one.

Every change goes straight to the library (one transaction each); deleting asks first and
says exactly what will be lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bodymap.core import library as lib
from bodymap.core.atlas import Atlas
from bodymap.core.errors import BodymapError
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.therapist_files.thumbnail import HEIGHT, WIDTH, image_from_png

ROLE_ID = Qt.ItemDataRole.UserRole
FILE_FILTER = QT_TRANSLATE_NOOP("TherapistFilesClientsWindow", "bodymap sessions (*.bodymap)")
LIST_LIMIT = 100  # names listed at once; typing narrows the list


def long_date(iso: str) -> str:
    """'2026-12-03' as '3 December 2026'."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def sessions_text(count: int, last: str = "") -> str:
    """'No sessions yet', '1 session', '4 sessions · last 24 November 2026'."""
    if count == 0:
        return translate("TherapistFilesClientsWindow", "No sessions yet")
    what = (
        translate("TherapistFilesClientsWindow", "1 session")
        if count == 1
        else translate(
            "TherapistFilesClientsWindow",
            "{count} sessions",
        ).format(count=count)
    )
    return (
        translate(
            "TherapistFilesClientsWindow",
            "{what} · last {long_date}",
        ).format(what=what, long_date=long_date(last))
        if last
        else what
    )


class ClientDialog(QDialog):
    """Name, optional date of birth and notes of a new or existing client."""

    def __init__(self, parent: QWidget | None, client: lib.Client | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("TherapistFilesClientsWindow", "Edit client")
            if client
            else translate("TherapistFilesClientsWindow", "New client")
        )
        form = QFormLayout(self)
        self.name = QLineEdit(client.name if client else "", self)
        self.name.setAccessibleName(translate("TherapistFilesClientsWindow", "Client's name"))
        self.birth = QLineEdit(client.birth_date if client else "", self)
        self.birth.setPlaceholderText(
            translate("TherapistFilesClientsWindow", "YYYY-MM-DD (optional)")
        )
        self.birth.setAccessibleName(
            translate("TherapistFilesClientsWindow", "Date of birth (optional)")
        )
        self.notes = QPlainTextEdit(client.notes if client else "", self)
        self.notes.setAccessibleName(
            translate("TherapistFilesClientsWindow", "Notes about the client")
        )
        self.notes.setMaximumHeight(90)
        form.addRow(translate("TherapistFilesClientsWindow", "&Name"), self.name)
        form.addRow(translate("TherapistFilesClientsWindow", "Date of &birth"), self.birth)
        form.addRow(translate("TherapistFilesClientsWindow", "N&otes"), self.notes)
        form.addRow(
            QLabel(
                translate(
                    "TherapistFilesClientsWindow",
                    "Kept in the client library on this computer only.",
                ),
                self,
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DateDialog(QDialog):
    """Choose the day a session is filed under."""

    def __init__(self, parent: QWidget | None, iso: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TherapistFilesClientsWindow", "Session date"))
        layout = QVBoxLayout(self)
        self.edit = QDateEdit(QDate.fromString(iso, Qt.DateFormat.ISODate), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(translate("TherapistFilesClientsWindow", "d MMMM yyyy"))
        self.edit.setAccessibleName(translate("TherapistFilesClientsWindow", "Session date"))
        layout.addWidget(
            QLabel(
                translate("TherapistFilesClientsWindow", "The day this session took place:"), self
            )
        )
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def iso(self) -> str:
        """The chosen day as ISO text."""
        return self.edit.date().toString(Qt.DateFormat.ISODate)


class ClientsWindow(QDialog):
    """Clients on the left (type-ahead), the chosen client's sessions on the right."""

    session_open_requested = Signal(int)  # a session id
    new_session_requested = Signal(int)  # a client id
    progress_requested = Signal(int)  # a client id

    def __init__(self, library: lib.Library, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.atlas = atlas
        self._shown_client: int | None = None
        self._icons: dict[tuple[int, bytes | None], QIcon] = {}  # decoded thumbnails
        # Tests answer the confirmation and file questions through these two hooks.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.choose_files: Callable[[], list[str]] = self._pick_files
        self.setWindowTitle(translate("TherapistFilesClientsWindow", "Clients"))
        self.setObjectName("clientsWindow")
        self.resize(980, 640)
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setAccessibleName(
            translate("TherapistFilesClientsWindow", "Clients and their sessions")
        )
        outer.addWidget(split, 1)
        split.addWidget(self._build_clients())
        split.addWidget(self._build_sessions())
        split.setSizes([330, 650])
        privacy = QLabel(
            translate(
                "TherapistFilesClientsWindow",
                "The library is kept on this computer only: {path}",
            ).format(path=library.path),
            self,
        )
        privacy.setWordWrap(True)
        privacy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(privacy)
        self.search.textChanged.connect(self.refresh_clients)
        self.clients.currentItemChanged.connect(lambda *_: self.refresh_sessions())
        self.sessions.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.sessions.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh_clients()

    # --- building ------------------------------------------------------------------------
    def _build_clients(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(
            translate("TherapistFilesClientsWindow", "Find a client: type part of a name")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("TherapistFilesClientsWindow", "Find a client"))
        self.clients = QListWidget(box)
        self.clients.setAccessibleName(translate("TherapistFilesClientsWindow", "Clients"))
        self.clients.setUniformItemSizes(True)
        self.clients.setSpacing(3)
        self.btn_new_client = QPushButton(
            translate("TherapistFilesClientsWindow", "New &client…"), box
        )
        self.btn_new_client.clicked.connect(self.new_client)
        self.btn_edit_client = QPushButton(translate("TherapistFilesClientsWindow", "&Edit…"), box)
        self.btn_edit_client.clicked.connect(self.edit_client)
        self.btn_delete_client = QPushButton(
            translate("TherapistFilesClientsWindow", "Delete client…"), box
        )
        self.btn_delete_client.clicked.connect(self.delete_client)
        self.count = QLabel(box)
        row = QHBoxLayout()
        for b in (self.btn_new_client, self.btn_edit_client, self.btn_delete_client):
            row.addWidget(b)
        layout.addWidget(self.search)
        layout.addWidget(self.clients, 1)
        layout.addWidget(self.count)
        layout.addLayout(row)
        return box

    def _build_sessions(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(box)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(box)
        self.details.setWordWrap(True)
        self.sessions = QListWidget(box)
        self.sessions.setAccessibleName(
            translate("TherapistFilesClientsWindow", "Sessions of this client, oldest first")
        )
        self.sessions.setIconSize(QSize(WIDTH, HEIGHT))
        self.sessions.setSpacing(4)
        self.sessions.setWordWrap(True)
        self.btn_open = QPushButton(translate("TherapistFilesClientsWindow", "&Open session"), box)
        self.btn_open.setDefault(True)
        self.btn_open.clicked.connect(self.open_selected)
        self.btn_new = QPushButton(translate("TherapistFilesClientsWindow", "&New session"), box)
        self.btn_new.clicked.connect(self.new_session)
        self.btn_date = QPushButton(translate("TherapistFilesClientsWindow", "Change &date…"), box)
        self.btn_date.clicked.connect(self.change_date)
        self.btn_import = QPushButton(
            translate("TherapistFilesClientsWindow", "&Import files…"), box
        )
        self.btn_import.clicked.connect(self.import_files)
        self.btn_export = QPushButton(translate("TherapistFilesClientsWindow", "E&xport…"), box)
        self.btn_export.clicked.connect(self.export_selected)
        self.btn_delete = QPushButton(
            translate("TherapistFilesClientsWindow", "Delete session…"), box
        )
        self.btn_delete.clicked.connect(self.delete_selected)
        self.btn_progress = QPushButton(
            translate("TherapistFilesClientsWindow", "&Progress chart"), box
        )
        self.btn_progress.clicked.connect(self._progress)
        top = QHBoxLayout()
        for b in (self.btn_open, self.btn_new, self.btn_progress):
            top.addWidget(b)
        bottom = QHBoxLayout()
        for b in (self.btn_date, self.btn_import, self.btn_export, self.btn_delete):
            bottom.addWidget(b)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.sessions, 1)
        layout.addLayout(top)
        layout.addLayout(bottom)
        return box

    # --- what is chosen --------------------------------------------------------------------
    def client_id(self) -> int | None:
        """The chosen client's id, or None."""
        item = self.clients.currentItem()
        return int(item.data(ROLE_ID)) if item is not None else None

    def session_id(self) -> int | None:
        """The chosen session's id, or None."""
        item = self.sessions.currentItem()
        ident = item.data(ROLE_ID) if item is not None else None
        return int(ident) if ident is not None else None

    def session_count(self) -> int:
        """How many sessions the list shows (not counting the empty-list hint)."""
        items = (self.sessions.item(i) for i in range(self.sessions.count()))
        return sum(1 for item in items if item.data(ROLE_ID) is not None)

    def select_client(self, client_id: int) -> None:
        """Show one client (clearing the search if it hides them)."""
        for _ in range(2):
            for i in range(self.clients.count()):
                if int(self.clients.item(i).data(ROLE_ID)) == client_id:
                    self.clients.setCurrentRow(i)
                    return
            self.search.clear()

    # --- filling ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read everything shown (after a change made elsewhere, e.g. a save)."""
        self.refresh_clients()
        self.refresh_sessions()

    def refresh_clients(self) -> None:
        """Refill the client list for the search text, keeping the chosen client if shown."""
        keep = self.client_id()
        shown = self._shown_client
        found = self.library.find_clients(self.search.text(), limit=LIST_LIMIT)
        self.clients.setUpdatesEnabled(False)
        self.clients.blockSignals(True)
        self.clients.clear()
        row = 0 if found else -1
        for i, c in enumerate(found):
            item = QListWidgetItem(f"{c.name}\n{sessions_text(c.sessions, c.last_date)}")
            item.setData(ROLE_ID, c.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate(
                    "TherapistFilesClientsWindow",
                    "{name}, {sessions} sessions",
                ).format(name=c.name, sessions=c.sessions),
            )
            self.clients.addItem(item)
            if c.id == keep:
                row = i
        self.clients.setCurrentRow(row)
        self.clients.blockSignals(False)
        self.clients.setUpdatesEnabled(True)
        total = self.library.client_count()
        text = self.search.text().strip()
        if text and not found:
            self.count.setText(
                translate(
                    "TherapistFilesClientsWindow",
                    "No client's name starts with “{text}”.",
                ).format(text=text)
            )
        elif text:
            self.count.setText(
                translate(
                    "TherapistFilesClientsWindow",
                    "{len} of {total} clients",
                ).format(len=len(found), total=total)
            )
        elif total > len(found):
            self.count.setText(
                translate(
                    "TherapistFilesClientsWindow",
                    "{total} clients (the first {len} shown: type to find)",
                ).format(total=total, len=len(found))
            )
        else:
            self.count.setText(
                translate(
                    "TherapistFilesClientsWindow",
                    "{total} clients",
                ).format(total=total)
                if total
                else translate("TherapistFilesClientsWindow", "No clients yet: add one.")
            )
        if self.client_id() != shown or shown is None:
            self.refresh_sessions()  # each keystroke redraws the sessions only if needed

    def refresh_sessions(self) -> None:
        """Show the chosen client's details and sessions (thumbnails, date, what was drawn)."""
        self.sessions.setUpdatesEnabled(False)
        try:
            self._fill_sessions()
        finally:
            self.sessions.setUpdatesEnabled(True)
        self._enable()

    def _fill_sessions(self) -> None:
        self.sessions.clear()
        cid = self.client_id()
        self._shown_client = cid
        if cid is None:
            self.heading.setText(translate("TherapistFilesClientsWindow", "No client chosen"))
            self.details.setText(
                translate(
                    "TherapistFilesClientsWindow", "Choose a client on the left, or add a new one."
                )
            )
            return
        client = self.library.client(cid)
        self.heading.setText(client.name)
        born = (
            translate(
                "TherapistFilesClientsWindow",
                "Born {long_date}. ",
            ).format(long_date=long_date(client.birth_date))
            if client.birth_date
            else ""
        )
        count = sessions_text(client.sessions) + "."
        self.details.setText(f"{born}{count} {client.notes}".strip())
        for row in self.library.session_rows(cid):
            self.sessions.addItem(self._session_item(row))
        if not self.sessions.count():
            hint = QListWidgetItem(
                translate(
                    "TherapistFilesClientsWindow",
                    "No sessions yet. New session starts one for this client; Import files… "
                    "brings in .bodymap session files.",
                )
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sessions.addItem(hint)
        if self.sessions.count():
            self.sessions.setCurrentRow(self.sessions.count() - 1)

    def _session_item(self, row: lib.SessionRow) -> QListWidgetItem:
        what = translate("TherapistFilesClientsWindow", "nothing selected")
        if row.selection:
            ident, _, side = row.selection.partition(":")
            try:
                name = self.atlas.structure(ident).name
            except KeyError:
                name = ident.replace("_", " ")
            what = f"{name}, {side}" if side else name
        if row.painted is None or row.peak is None:
            drawn = translate("TherapistFilesClientsWindow", "drawing not summarised")
        elif row.painted > 0:
            drawn = translate(
                "TherapistFilesClientsWindow",
                "{painted:.1f} % painted, worst {peak}/10",
            ).format(painted=row.painted, peak=row.peak)
        else:
            drawn = translate("TherapistFilesClientsWindow", "no drawing")
        text = f"{long_date(row.date)}\n{what} · {drawn}"
        if row.headline:
            text += f"\n{row.headline[:80]}"
        item = QListWidgetItem(text)
        icon = self._icons.get((row.id, row.thumbnail))
        if icon is None:
            image = image_from_png(row.thumbnail)
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            if len(self._icons) > 2000:
                self._icons.clear()
            self._icons[(row.id, row.thumbnail)] = icon
        if not icon.isNull():
            item.setIcon(icon)
        item.setData(ROLE_ID, row.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        return item

    def _enable(self) -> None:
        has_client = self.client_id() is not None
        has_session = self.session_id() is not None
        for b in (self.btn_new, self.btn_import, self.btn_edit_client, self.btn_delete_client):
            b.setEnabled(has_client)
        self.btn_progress.setEnabled(has_client and self.session_count() > 0)
        for b in (self.btn_open, self.btn_date, self.btn_export, self.btn_delete):
            b.setEnabled(has_session)

    # --- actions -----------------------------------------------------------------------------
    def new_client(self, name: str = "") -> int | None:
        """Ask for a new client's details and add them; returns their id."""
        dialog = ClientDialog(self)
        dialog.name.setText(name or self.search.text().strip())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._save_client(dialog, None)

    def edit_client(self) -> None:
        """Change the chosen client's name, date of birth or notes."""
        cid = self.client_id()
        if cid is None:
            return
        dialog = ClientDialog(self, self.library.client(cid))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_client(dialog, cid)

    def _save_client(self, dialog: ClientDialog, cid: int | None) -> int | None:
        name, birth = dialog.name.text(), dialog.birth.text().strip()
        notes = dialog.notes.toPlainText()
        try:
            if cid is None:
                cid = self.library.add_client(name, birth, notes).id
            else:
                self.library.update_client(cid, name, birth, notes)
        except BodymapError as exc:
            QMessageBox.warning(
                self, translate("TherapistFilesClientsWindow", "Client not saved"), exc.message
            )
            return None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        self.select_client(cid)
        return cid

    def delete_client(self) -> bool:
        """Delete the chosen client and every session of theirs, after saying so."""
        cid = self.client_id()
        if cid is None:
            return False
        client = self.library.client(cid)
        question = translate(
            "TherapistFilesClientsWindow",
            "Delete {name} and all {sessions} of their sessions? Their "
            "drawings, notes and home plans will be lost. Sessions "
            "exported to files are not affected. This cannot be undone.",
        ).format(name=client.name, sessions=client.sessions)
        if not self.confirm(translate("TherapistFilesClientsWindow", "Delete client"), question):
            return False
        self.library.delete_client(cid)
        self.reload()
        return True

    def open_selected(self) -> None:
        """Open the chosen session in the main window."""
        sid = self.session_id()
        if sid is not None:
            self.session_open_requested.emit(sid)

    def new_session(self) -> None:
        """Start a new session for the chosen client in the main window."""
        cid = self.client_id()
        if cid is not None:
            self.new_session_requested.emit(cid)

    def change_date(self, iso: str | None = None) -> None:
        """Move the chosen session to another day (asks for it unless given)."""
        sid = self.session_id()
        if sid is None:
            return
        if iso is None:
            dialog = DateDialog(self, self.library.session(sid).date)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            iso = dialog.iso()
        try:
            self.library.set_session_date(sid, iso)
        except BodymapError as exc:
            QMessageBox.warning(
                self, translate("TherapistFilesClientsWindow", "Date not changed"), exc.message
            )
            return
        self.refresh_sessions()
        self._select_session(sid)

    def _select_session(self, sid: int) -> None:
        for i in range(self.sessions.count()):
            if self.sessions.item(i).data(ROLE_ID) == sid:
                self.sessions.setCurrentRow(i)

    def import_files(self) -> int:
        """Import .bodymap files into the chosen client (all of them or, on a bad file, none)."""
        cid = self.client_id()
        if cid is None:
            return 0
        names = self.choose_files()
        if not names:
            return 0
        try:
            records = self.library.import_files(cid, names, self.atlas.structures)
        except BodymapError as exc:
            QMessageBox.warning(
                self, translate("TherapistFilesClientsWindow", "Nothing imported"), exc.message
            )
            return 0
        self.reload()
        return len(records)

    def export_selected(self, path: str | None = None) -> Path | None:
        """Write the chosen session to a .bodymap file."""
        sid = self.session_id()
        if sid is None:
            return None
        record = self.library.session(sid)
        if path is None:
            client = self.library.client(record.client_id).name
            start = str(
                Path.home()
                / translate(
                    "TherapistFilesClientsWindow",
                    "{client} {date}.bodymap",
                ).format(client=client, date=record.date)
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("TherapistFilesClientsWindow", "Export session"),
                start,
                translate("TherapistFilesClientsWindow", FILE_FILTER),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".bodymap":
            target = target.with_name(target.name + ".bodymap")
        try:
            self.library.export_session(sid, target)
        except BodymapError as exc:
            QMessageBox.warning(
                self, translate("TherapistFilesClientsWindow", "Session not exported"), exc.message
            )
            return None
        return target

    def delete_selected(self) -> bool:
        """Delete the chosen session, after saying which one."""
        sid = self.session_id()
        if sid is None:
            return False
        record = self.library.session(sid)
        client = self.library.client(record.client_id).name
        question = translate(
            "TherapistFilesClientsWindow",
            "Delete {client}'s session of {long_date}? Its drawing, "
            "selection, notes and home plan will be lost. This cannot be "
            "undone.",
        ).format(client=client, long_date=long_date(record.date))
        if not self.confirm(translate("TherapistFilesClientsWindow", "Delete session"), question):
            return False
        self.library.delete_session(sid)
        self.reload()
        return True

    def _progress(self) -> None:
        cid = self.client_id()
        if cid is not None:
            self.progress_requested.emit(cid)

    # --- questions (replaced in tests) -------------------------------------------------------
    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _pick_files(self) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("TherapistFilesClientsWindow", "Import sessions into this client"),
            str(Path.home()),
            translate("TherapistFilesClientsWindow", FILE_FILTER),
        )
        return list(names)
