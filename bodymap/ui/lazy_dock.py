"""A dock that builds what it holds the first time anyone looks at it.

Start-up pays for the dock's frame, title and menu toggle (cheap, and the menus and shortcuts
must be there from the first frame); the panel inside, and the modules it needs, wait until
the dock is first shown or the panel is first asked for (``content()``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class LazyDock(QDockWidget):
    """A closable, movable dock in ``area`` of ``window`` whose widget ``build()`` makes."""

    def __init__(
        self,
        window: QMainWindow,
        title: str,
        name: str,
        area: Qt.DockWidgetArea,
        build: Callable[[], QWidget],
    ) -> None:
        super().__init__(title, window)
        self.setObjectName(name)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._build: Callable[[], QWidget] | None = build
        window.addDockWidget(area, self)
        self.hide()
        # Qt opens a dock when its menu toggle is *triggered*; a screen reader's "Toggle"
        # (and any setChecked) only checks it. Follow the check, so both open the dock.
        self.toggleViewAction().toggled.connect(self._follow_toggle)

    @property
    def built(self) -> bool:
        """Whether the panel exists yet."""
        return self._build is None

    def content(self) -> QWidget:
        """The panel inside (built now if it was not yet)."""
        if self._build is not None:
            build, self._build = self._build, None
            panel = build()
            self.setWidget(panel)
            from bodymap.ui.accessible_names import name_qt_parts

            name_qt_parts(self)  # the panel's scroll bars and other Qt parts, for screen readers
            # A screen reader that has read this dock already learns it has a child now
            # (once Qt has shown the panel, on the next turn of the event loop).
            QTimer.singleShot(0, panel, lambda: _announce(panel))
        widget = super().widget()
        assert widget is not None
        return widget

    def widget(self) -> QWidget:  # type: ignore[override]
        """The panel inside, as for any dock (built now if it was not yet)."""
        return self.content()

    def _follow_toggle(self, on: bool) -> None:
        if on and self.isHidden():
            self.show()
        elif not on and not self.isHidden():
            self.close()

    def showEvent(self, event: QShowEvent) -> None:
        # Built before the dock first paints, whoever opened it (menu, shortcut, toolbar). Not
        # on visibilityChanged: on X11 a dock's first show can report False (no geometry yet).
        self.content()
        super().showEvent(event)


def _announce(panel: QWidget) -> None:
    """Tell assistive technology about a panel made after the window was first read."""
    if QAccessible.isActive():
        for widget in [panel, *panel.findChildren(QWidget)]:
            QAccessible.updateAccessibility(
                QAccessibleEvent(widget, QAccessible.Event.ObjectCreated)
            )
