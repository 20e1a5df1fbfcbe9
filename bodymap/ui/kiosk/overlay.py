"""A full-window layer over the kiosk (welcome, countdown, PIN pad) that follows its size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class Overlay(QWidget):
    """Covers its parent window; paints an optional dim; swallows every press underneath.

    Swallowing matters: the touch that wakes the kiosk or keeps it from resetting must not
    also select whatever lies beneath it.
    """

    def __init__(self, parent: QWidget, dim: QColor | None = None) -> None:
        super().__init__(parent)
        self.dim = dim
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_over(self) -> None:
        """Show on top of everything else in the window."""
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.dim is not None:
            qp = QPainter(self)
            qp.fillRect(self.rect(), self.dim)
            qp.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()
