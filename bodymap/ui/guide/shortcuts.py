"""Help ▸ Keyboard shortcuts: a table read from the window's actions each time it opens.

Every action the window owns that has a shortcut is listed, under the menu it appears in
(File, View, Study, Help…, in the menu bar's order; "Elsewhere" for the rest), so an action
added tomorrow is listed tomorrow without anyone editing a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

ELSEWHERE = QT_TRANSLATE_NOOP("GuideShortcuts", "Elsewhere (toolbar, drawing)")

# What a command does, for the actions whose own tip is missing or only repeats their name
# (dock toggles, plain view commands). Keyed by the action's text as its owner translates it,
# (context, source), so the match holds in every language.
DESCRIPTIONS = (
    (
        ("MainWindow", "Quit"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts", "Close bodymap; unsaved session changes are offered for saving first"
        ),
    ),
    (
        ("MainWindow", "Clear selection"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts",
            "Deselect the muscle, region or nerve and show the overview text; the zoom stays",
        ),
    ),
    (
        ("MainWindow", "Zoom in"),
        QT_TRANSLATE_NOOP("GuideShortcuts", "Enlarge the drawing (the mouse wheel zooms too)"),
    ),
    (
        ("MainWindow", "Zoom out"),
        QT_TRANSLATE_NOOP("GuideShortcuts", "Make the drawing smaller to see more of the body"),
    ),
    (
        ("StudentDetailsCard", "Details"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts",
            "Show or hide the Details card: origin, insertion, nerve supply, action and "
            "sources of the selected muscle or nerve",
        ),
    ),
    (
        ("TherapistFilesSessionActions", "Session &notes"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts",
            "Show or hide the notes panel: your notes on this session, saved with it",
        ),
    ),
    (
        ("TherapistFilesSessionActions", "Save session &as…"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts", "Save the session to a new .bodymap file, keeping the old one"
        ),
    ),
    (
        ("TherapistFilesHandout", "&Print handout…"),
        QT_TRANSLATE_NOOP(
            "GuideShortcuts",
            "Print the client's handout on paper: the same pages as the exported PDF",
        ),
    ),
)


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the table."""

    group: str
    name: str
    keys: str
    what: str


def clean_text(text: str) -> str:
    """An action's text as a person reads it: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _plain(text: str) -> str:
    """A text compared for meaning: no mnemonic, no ellipsis, no case."""
    return clean_text(text).rstrip("…").rstrip(".").strip().casefold()


def _without_keys(tip: str, keys: list[str]) -> str:
    """A tip without a trailing "(Ctrl+F)": the Keys column already says it."""
    for k in keys:
        end = f" ({k})"
        if tip.endswith(end):
            return tip[: -len(end)].rstrip()
    return tip


def describe(act: QAction, keys: list[str]) -> str:
    """What the action does: its status tip or tooltip, unless that only repeats its name."""
    name = _plain(act.text())
    for tip in (act.statusTip(), act.toolTip()):
        tip = _without_keys(tip.strip(), keys)
        if tip and _plain(tip) != name:
            return tip
    for (context, source), what in DESCRIPTIONS:
        if _plain(translate(context, source)) == name:
            return translate("GuideShortcuts", what)
    return ""


def _menus(window: MainWindow) -> list[tuple[str, QMenu]]:
    out: list[tuple[str, QMenu]] = []

    def walk(menu: QMenu, title: str) -> None:
        out.append((title, menu))
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, title)

    for act in window.menuBar().actions():
        menu = act.menu()
        if isinstance(menu, QMenu):
            walk(menu, clean_text(act.text()))
    return out


def shortcut_rows(window: MainWindow) -> list[ShortcutRow]:
    """Every action of the window with a shortcut, grouped by its menu, in menu order."""
    menus = _menus(window)
    group_of: dict[int, str] = {}
    order: list[str] = []
    for title, menu in menus:
        if title not in order:
            order.append(title)
        for act in menu.actions():
            group_of.setdefault(id(act), title)
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for act in [*window.actions(), *window.findChildren(QAction)]:
        if id(act) in seen:
            continue
        seen.add(id(act))
        keys = [k for k in act.shortcuts() if not k.isEmpty()]
        if not keys or not clean_text(act.text()):
            continue
        native = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
        text = ", ".join(native)
        what = describe(act, [*native, *(k.toString() for k in keys)])
        name = clean_text(act.text())
        rows.append(
            ShortcutRow(
                group_of.get(id(act), translate("GuideShortcuts", ELSEWHERE)), name, text, what
            )
        )
    rank = {g: i for i, g in enumerate([*order, translate("GuideShortcuts", ELSEWHERE)])}
    rows.sort(key=lambda r: (rank.get(r.group, len(rank)), r.name.lower()))
    return rows


class ShortcutsDialog(QDialog):
    """The table of shortcuts; the data is read when the dialog is built."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("GuideShortcuts", "Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.rows = shortcut_rows(window)
        table = QTableWidget(len(self.rows), 4, self)
        table.setHorizontalHeaderLabels(
            [
                translate("GuideShortcuts", "Menu"),
                translate("GuideShortcuts", "Command"),
                translate("GuideShortcuts", "Keys"),
                translate("GuideShortcuts", "What it does"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for i, row in enumerate(self.rows):
            for j, text in enumerate((row.group, row.name, row.keys, row.what)):
                item = QTableWidgetItem(text)
                if j == 2:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(i, j, item)
        header = table.horizontalHeader()
        for j in range(3):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(translate("GuideShortcuts", "Keyboard shortcuts"))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        # Wide enough for the menu, command and keys columns plus a description column of
        # about 60 characters (German commands are long: a fixed width squeezed the
        # descriptions into one word a line), within the screen.
        unit = self.fontMetrics().averageCharWidth()
        fixed = sum(table.sizeHintForColumn(j) for j in range(3)) + 12 * 3
        screen = self.screen()
        room = screen.availableGeometry().width() * 0.9 if screen is not None else 1600
        width = int(min(room, max(unit * 130, fixed + unit * 62 + 60)))
        self.resize(width, min(760, 60 + 30 * (len(self.rows) + 2)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def texts(self) -> list[tuple[str, str]]:
        """(command, keys) of every row (tests)."""
        return [(r.name, r.keys) for r in self.rows]


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    """Open the shortcuts table (not modal: it can stay open beside the window)."""
    dialog = ShortcutsDialog(window)
    dialog.show()
    return dialog
