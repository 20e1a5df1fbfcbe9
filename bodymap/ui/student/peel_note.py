"""The strip above the drawing that says when peeling hid the selected muscle, with "Show it".

It follows the store: after any depth change that hid the selection (from the Layers slider,
the toolbar's depth lists or anywhere else) it shows the core's sentence and a button that
selects the hidden muscle again, peeling its side back so it is drawn. Any other change of
selection or depth takes the strip away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from bodymap.core.i18n import lower_first, side_name, translate
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState, peeled_selection

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


class PeelNoteStrip(QFrame):
    """ "Piriformis lies beneath gluteus maximus at this depth… [Show piriformis]"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.canvas)
        self.window_ = window
        self.hidden: Ref | None = None
        self.setObjectName("peelNote")
        p = window.palette_
        self.setStyleSheet(
            f"#peelNote {{ background: {p.label_bg}; border: 1px solid {p.selection};"
            f" border-left: 6px solid {p.selection}; border-radius: 6px; }}"
            f" #peelNote QLabel {{ color: {p.text}; }}"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("StudentPeelNote", "Depth note"))
        # Worded properly when a note appears; until then a screen reader still hears a name.
        self.button = QPushButton(translate("StudentPeelNote", "Show the hidden muscle"), self)
        self.button.clicked.connect(self.show_hidden)
        self.close_button = QPushButton(translate("StudentPeelNote", "OK"), self)
        self.close_button.setToolTip(translate("StudentPeelNote", "Hide this note"))
        self.close_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 8, 6)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        lay.addWidget(self.close_button)
        self.setVisible(False)
        window.canvas.add_strip(self)
        window.store.state_changed.connect(self.on_state_changed)

    def on_state_changed(self, old: ViewState, new: ViewState) -> None:
        """Show the note after a depth change hid the selection; hide it on other changes."""
        note = peeled_selection(self.window_.atlas, old, new)
        if note is not None:
            self.hidden = note.hidden
            name = self.window_.atlas.structure(note.hidden.id).name
            self.label.setText(note.text)
            self.button.setText(
                translate(
                    "StudentPeelNote",
                    "Show {lower}{name}",
                ).format(lower=lower_first(name)[:1], name=name[1:])
            )
            self.button.setToolTip(
                translate(
                    "StudentPeelNote",
                    "Peel the {side} side so {name} is drawn again",
                ).format(side=side_name(note.hidden.side), name=name)
            )
            self.window_.statusBar().showMessage(note.text, 8000)
            self.setVisible(True)
        elif (old.selection, old.depth) != (new.selection, new.depth):
            self.hidden = None
            self.setVisible(False)

    def show_hidden(self) -> None:
        """Select the muscle peeling hid (its side is peeled back so it shows)."""
        if self.hidden is not None:
            self.window_.select(self.hidden)
        self.setVisible(False)


def install_peel_note(window: MainWindow) -> PeelNoteStrip:
    """Add the depth note strip above the drawing."""
    return PeelNoteStrip(window)
