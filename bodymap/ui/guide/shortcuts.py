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
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        what = act.statusTip() or act.toolTip()
        name = clean_text(act.text())
        if what == name or what == act.text():
            what = ""
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
        unit = self.fontMetrics().averageCharWidth()
        self.resize(unit * 130, min(760, 60 + 30 * (len(self.rows) + 2)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def texts(self) -> list[tuple[str, str]]:
        """(command, keys) of every row (tests)."""
        return [(r.name, r.keys) for r in self.rows]


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    """Open the shortcuts table (not modal: it can stay open beside the window)."""
    dialog = ShortcutsDialog(window)
    dialog.show()
    return dialog
