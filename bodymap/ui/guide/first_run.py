"""The first-run hint strip above the drawing, until it is dismissed for good.

"Click a muscle… · Where does it hurt? … · F1 for the quick guide". "Got it" stores the
dismissal in the user's settings, so it never comes back; the kiosk never shows it (its
visitors start from the welcome loop, and its settings are thrown away anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from bodymap.core.i18n import translate
from bodymap.ui.guide.key_names import keys

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

DISMISSED_KEY = "help/first_run_hint_dismissed"


class HintStrip(QFrame):
    """A strip with three hints, a "Quick guide" button and "Got it"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.canvas)
        self.window_ = window
        self.setObjectName("firstRunHint")
        # Where the dismissal is kept: the sessions' QSettings (the user's own), if any.
        self.settings: Callable[[], QSettings | None] = lambda: getattr(
            getattr(window, "sessions", None), "settings", None
        )
        p = window.palette_
        self.setStyleSheet(
            f"#firstRunHint {{ background: {p.label_bg};"
            f" border-bottom: 1px solid {p.muted_text}; }}"
            f" #firstRunHint QLabel {{ color: {p.text}; }}"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("GuideFirstRun", "First steps"))
        self.guide_button = QPushButton(translate("GuideFirstRun", "Quick guide"), self)
        self.guide_button.clicked.connect(lambda: _open_guide(window))
        self.ok_button = QPushButton(translate("GuideFirstRun", "Got it"), self)
        self.ok_button.setToolTip(translate("GuideFirstRun", "Hide these hints for good"))
        self.ok_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 8, 6)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.guide_button)
        lay.addWidget(self.ok_button)
        self.setVisible(False)
        window.canvas.add_strip(self)
        # Decided once the window is complete: the kiosk is applied after the features.
        QTimer.singleShot(0, self.show_if_new)
        present = getattr(getattr(window, "presentation", None), "action", None)
        if present is not None:
            # The client's screen: the hints are for the person at the keyboard.
            present.toggled.connect(lambda on: self.setVisible(False) if on else self.show_if_new())

    def text(self) -> str:
        """The three hints, with the keys read from the actions."""
        w = self.window_
        draw = getattr(getattr(w, "drawing", None), "act_draw", None)
        guide = getattr(getattr(w, "guide", None), "act_quick_guide", None)
        f1 = keys(guide).strip(" ()") or "F1"
        return translate(
            "GuideFirstRun",
            "<b>Click a muscle</b> to see what it does and where its trigger points send pain"
            " · <b>Where does it hurt?</b>{draw_keys} lets your client paint their pain"
            " · <b>{guide_key}</b> for the quick guide",
        ).format(draw_keys=keys(draw), guide_key=f1)

    def dismissed(self) -> bool:
        """True once "Got it" was pressed on this computer."""
        settings = self.settings()
        if settings is None:
            return False
        value = settings.value(DISMISSED_KEY, False)
        return value is True or str(value).lower() in ("true", "1")

    def show_if_new(self) -> None:
        """Show the hints unless dismissed before or running as the kiosk."""
        if getattr(self.window_, "kiosk", None) is not None or self.dismissed():
            self.setVisible(False)
            return
        self.label.setText(self.text())
        self.setVisible(True)

    def dismiss(self) -> None:
        """Hide the hints and remember it."""
        self.setVisible(False)
        settings = self.settings()
        if settings is not None:
            settings.setValue(DISMISSED_KEY, True)
            settings.sync()


def _open_guide(window: MainWindow) -> None:
    from bodymap.ui.guide.quick_guide import show_quick_guide  # imported when first opened

    show_quick_guide(window)
