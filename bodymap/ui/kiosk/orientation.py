"""The kiosk on a portrait screen: the article under the body, the hint above the drawing.

On a landscape screen the article sits beside the body and the touch hint at the end of the
kiosk bar. On a portrait one (taller than wide, e.g. 1080 × 1920) a side column would be a
narrow strip and the bar has no room for the hint, so the splitter turns vertical (body
above, article below) and the hint becomes a strip across the top of the drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from bodymap.ui.kiosk.layout import KioskBar
    from bodymap.ui.main_window import MainWindow

BODY_SHARE = 0.6  # of the height in portrait, of the width in landscape


class KioskOrientation(QObject):
    """Follows the window's shape: portrait stacks, landscape puts side by side."""

    def __init__(self, window: MainWindow, bar: KioskBar, hint_action: QAction, pt: float) -> None:
        super().__init__(window)
        self.window = window
        self.bar = bar
        self.hint_action = hint_action
        self.portrait: bool | None = None
        p = window.palette_
        self.strip = QLabel(bar.hint_text, window.canvas)
        self.strip.setObjectName("kioskHintStrip")
        self.strip.setWordWrap(True)
        self.strip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strip.setStyleSheet(
            f"#kioskHintStrip {{ background: {p.label_bg}; color: {p.text};"
            f" font-size: {pt:.1f}pt; padding: 10px 16px;"
            f" border-bottom: 1px solid {p.muted_text}; }}"
        )
        self.strip.setVisible(False)
        window.canvas.add_strip(self.strip)
        window.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """Lay the window out for its current shape (does nothing if the shape is unchanged)."""
        w = self.window
        portrait = w.height() > w.width()
        if portrait == self.portrait:
            return
        self.portrait = portrait
        splitter = w.splitter
        if portrait:
            splitter.setOrientation(Qt.Orientation.Vertical)
            w.article.setMinimumWidth(0)
            w.article.setMinimumHeight(360)
            total = max(w.height(), 1)
        else:
            splitter.setOrientation(Qt.Orientation.Horizontal)
            w.article.setMinimumHeight(0)
            w.article.setMinimumWidth(420)
            total = max(w.width(), 1)
        splitter.setSizes([int(total * BODY_SHARE), int(total * (1 - BODY_SHARE))])
        self.hint_action.setVisible(not portrait)
        self.strip.setVisible(portrait)
        w.view.fit_body()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.apply()
        return False
