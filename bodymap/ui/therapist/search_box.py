"""The search field: type-ahead over names, synonyms and abbreviations; Enter selects.

A visible field in the toolbar (Ctrl+F focuses it). Each keystroke re-ranks with
``bodymap.core.search`` and shows the hits in a drop-down list; choosing one (click, tap,
arrow keys + Enter) or pressing Enter for the top hit selects it through ``window.select``.
When nothing matches, the field says so in its tooltip and the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.ids import Ref
from bodymap.core.search import SearchHit, SearchIndex
from bodymap.core.state import ViewState

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

REF_ROLE = Qt.ItemDataRole.UserRole + 1
TIP = QT_TRANSLATE_NOOP(
    "TherapistSearchBox",
    "Find a muscle, nerve or region by name, nickname or abbreviation (Ctrl+F)",
)


class SearchBox(QLineEdit):
    """A line edit with a ranked drop-down list; choosing a hit calls ``window.select``.

    The list is a plain child widget of the window (not a popup), so it never grabs the
    keyboard: typing stays in the field, Up/Down move the highlight, Enter chooses, Esc closes,
    and a click or tap on a row chooses it.
    """

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.index = SearchIndex(window.atlas)
        self.hits: list[SearchHit] = []
        self.chosen: Ref | None = None  # what the text in the field names, once chosen
        self.setObjectName("searchField")
        self.setPlaceholderText(translate("TherapistSearchBox", "Find: piri, hamstrings, QL…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setToolTip(translate("TherapistSearchBox", TIP))
        self.setAccessibleName(translate("TherapistSearchBox", "Search structures"))
        self.results = QListWidget(window)
        self.results.setObjectName("searchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName(translate("TherapistSearchBox", "Search results"))
        self.results.itemClicked.connect(self.on_item)
        self.results.setVisible(False)
        self.textEdited.connect(self.on_edited)
        self.returnPressed.connect(self.on_return)
        window.store.state_changed.connect(self.on_state_changed)

    def on_state_changed(self, old: ViewState, new: ViewState) -> None:
        """Selected some other way (a click, a link): the chosen name leaves the field."""
        if self.chosen is not None and new.selection != self.chosen:
            self.chosen = None
            self.clear()

    # --- the list ----------------------------------------------------------------------------
    def on_edited(self, text: str) -> None:
        """Re-rank on every keystroke and show the list (or say nothing matches)."""
        self.chosen = None  # typing: the text is a query again
        self.hits = self.index.search(text, limit=10)
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(hit.label)
            item.setData(REF_ROLE, hit.ref)
            item.setToolTip(
                translate(
                    "TherapistSearchBox",
                    "{how} match on “{matched}”",
                ).format(how=hit.how, matched=hit.matched)
            )
            item.setSizeHint(QSize(0, max(34, self.fontMetrics().height() + 16)))
            self.results.addItem(item)
        if not text.strip():
            self._say(translate("TherapistSearchBox", TIP), "")
        elif not self.hits:
            self._say(
                translate(
                    "TherapistSearchBox", "Nothing matches “{text}”. Try another name or nickname."
                ).format(text=text.strip())
            )
        else:
            self._say(translate("TherapistSearchBox", TIP), "")
            self.results.setCurrentRow(0)
        self._place()

    def _place(self) -> None:
        show = bool(self.hits) and bool(self.text().strip())
        if show:
            top_left = self.mapTo(self.window_, QPoint(0, self.height()))
            rows = min(len(self.hits), 8)
            row_h = self.results.sizeHintForRow(0) if self.results.count() else 34
            width = max(self.width(), 320)
            self.results.setGeometry(top_left.x(), top_left.y() + 2, width, rows * row_h + 6)
            self.results.raise_()
        self.results.setVisible(show)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.results.isVisible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.setVisible(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A click on the list does not take focus, so losing focus means leaving the search.
        self.results.setVisible(False)
        super().focusOutEvent(event)

    def _say(self, tip: str, status: str | None = None) -> None:
        self.setToolTip(tip)
        self.setStyleSheet("#searchField { border: 2px solid #B3001B; }" if status is None else "")
        bar = self.window_.statusBar()
        if status is None:
            bar.showMessage(tip, 8000)
        elif bar.currentMessage().startswith(
            translate(
                "TherapistSearchBox", "Nothing matches “{text}”. Try another name or nickname."
            ).split("{", 1)[0]
        ):
            bar.clearMessage()

    # --- choosing ----------------------------------------------------------------------------
    def on_item(self, item: QListWidgetItem) -> None:
        """A row was clicked or tapped."""
        ref = item.data(REF_ROLE)
        if isinstance(ref, Ref):
            self._select(ref, item.text())

    def on_return(self) -> None:
        """Enter: select the highlighted hit (the top one unless moved), or say nothing matches."""
        text = self.text()
        if not text.strip():
            return
        self.chosen = None  # typing: the text is a query again
        self.hits = self.index.search(text, limit=10)
        if not self.hits:
            self._say(
                translate(
                    "TherapistSearchBox", "Nothing matches “{text}”. Try another name or nickname."
                ).format(text=text.strip())
            )
            return
        item = self.results.currentItem() if self.results.isVisible() else None
        if item is not None:
            self.on_item(item)
        else:
            self._select(self.hits[0].ref, self.hits[0].label)

    def _select(self, ref: Ref, label: str) -> None:
        self.results.setVisible(False)
        self.setText(self.window_.atlas.structure(ref.id).name)
        self.hits = []
        self._say(translate("TherapistSearchBox", TIP), "")
        self.window_.select(ref)
        self.chosen = self.window_.store.state.selection
        self.window_.statusBar().showMessage(
            translate(
                "TherapistSearchBox",
                "Selected {label}.",
            ).format(label=label),
            4000,
        )

    def focus_and_select_all(self) -> None:
        """Ctrl+F: put the cursor in the field, ready to type over."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


def install_search(window: MainWindow) -> SearchBox:
    """Add the search field to the main toolbar and Ctrl+F to focus it."""
    box = SearchBox(window)
    window.toolbar.addSeparator()
    window.search_action = window.toolbar.addWidget(box)  # type: ignore[attr-defined]
    act = QAction(translate("TherapistSearchBox", "Find…"), window)
    act.setShortcut(QKeySequence.StandardKey.Find)
    act.setStatusTip(translate("TherapistSearchBox", TIP))
    act.triggered.connect(box.focus_and_select_all)
    window.addAction(act)
    window.menu_view.addAction(act)
    box.find_action = act  # type: ignore[attr-defined]
    return box
