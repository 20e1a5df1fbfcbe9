"""A dock that builds what it holds the first time anyone looks at it.

Start-up pays for the dock's frame, title and menu toggle (cheap, and the menus and shortcuts
must be there from the first frame); the panel inside, and the modules it needs, wait until
the dock is first shown or the panel is first asked for (``content()``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
        # Before the dock paints for the first time, whoever opened it (menu, shortcut,
        # toolbar, restored layout).
        self.visibilityChanged.connect(self._on_visible)

    @property
    def built(self) -> bool:
        """Whether the panel exists yet."""
        return self._build is None

    def content(self) -> QWidget:
        """The panel inside (built now if it was not yet)."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
            from bodymap.ui.accessible_names import name_qt_parts

            name_qt_parts(self)  # the panel's scroll bars and other Qt parts, for screen readers
        widget = super().widget()
        assert widget is not None
        return widget

    def widget(self) -> QWidget:  # type: ignore[override]
        """The panel inside, as for any dock (built now if it was not yet)."""
        return self.content()

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self.content()
