"""Names for the parts Qt builds by itself, so a screen reader never meets a nameless control.

Our own widgets get their accessible names where they are made. Qt adds a few of its own
inside them (a tool bar's overflow button, a line edit's clear button, splitter handles,
scroll bars, a combo box's drop-down list, the tab bar of tabbed docks, a size grip); these
have no name unless we give one. ``name_qt_parts(window)`` names them (never overriding a
name someone chose); ``install(app)`` does it for every window, dialogs included, when it
takes the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QSplitter,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from bodymap.core.i18n import translate


def _name(widget: QWidget, name: str) -> None:
    if not widget.accessibleName() and name:
        widget.setAccessibleName(name)


def _label(widget: QWidget) -> str:
    """What a widget is called: its accessible name, window title or tool tip."""
    text = widget.accessibleName() or widget.windowTitle() or widget.toolTip()
    return text.replace("&", "").strip()


def _scroll_area_of(bar: QScrollBar) -> QAbstractScrollArea | None:
    parent = bar.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def name_qt_parts(root: QWidget) -> None:
    """Name every Qt-made part inside ``root`` that has no accessible name yet."""
    for bar in root.findChildren(QToolBar):
        title = bar.windowTitle() or translate("AccessibleNames", "tool bar")
        _name(bar, title)
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            _name(
                extension,
                translate("AccessibleNames", "More {title} tools").format(title=title.lower()),
            )
    for edit in root.findChildren(QLineEdit):
        label = _label(edit)
        searching = edit.objectName() == "searchField" or label.lower().startswith("search")
        clear = (
            translate("AccessibleNames", "Clear the search")
            if searching
            else translate("AccessibleNames", "Clear {label}").format(label=label)
        )
        for button in edit.findChildren(QToolButton):
            _name(button, clear if label else translate("AccessibleNames", "Clear the text"))
    for splitter in root.findChildren(QSplitter):
        _name(splitter, translate("AccessibleNames", "Split view"))
        for i in range(1, splitter.count()):
            before, after = _label(splitter.widget(i - 1)), _label(splitter.widget(i))
            if before and after:
                text = translate(
                    "AccessibleNames", "Divider between {before} and {after}: drag to resize"
                ).format(before=before.lower(), after=after.lower())
            else:
                text = translate("AccessibleNames", "Divider: drag to resize")
            _name(splitter.handle(i), text)
        if splitter.count():
            _name(splitter.handle(0), translate("AccessibleNames", "Divider (unused)"))
    for grip in root.findChildren(QSizeGrip):
        _name(grip, translate("AccessibleNames", "Resize the window"))
    for bar in root.findChildren(QScrollBar):
        area = _scroll_area_of(bar)
        where = _label(area).lower() if area is not None else ""
        vertical = bar.orientation() == Qt.Orientation.Vertical
        if where:
            text = (
                translate("AccessibleNames", "Vertical scroll bar of {where}")
                if vertical
                else translate("AccessibleNames", "Horizontal scroll bar of {where}")
            )
        else:
            text = (
                translate("AccessibleNames", "Vertical scroll bar")
                if vertical
                else translate("AccessibleNames", "Horizontal scroll bar")
            )
        _name(bar, text.format(where=where))
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if view is not None:
            _name(
                view,
                translate("AccessibleNames", "Choices: {what}").format(
                    what=_label(combo) or combo.currentText()
                ),
            )
    for tabs in root.findChildren(QTabBar):
        _name(tabs, translate("AccessibleNames", "Panels"))
        for button in tabs.findChildren(QToolButton):
            _name(button, button.objectName().replace("Button", "").replace("Scroll", "Scroll "))
    for menu_bar in root.findChildren(QMenuBar):
        _name(menu_bar, translate("AccessibleNames", "Menu bar"))
    for menu in root.findChildren(QMenu):
        _name(menu, menu.title().replace("&", "") or translate("AccessibleNames", "Menu"))


class _TabBarNamer(QObject):
    """Names the tab bars a main window makes when docks are tabbed (at any time)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                _name(child, translate("AccessibleNames", "Panels"))
        return False


def watch_tab_bars(window: QWidget) -> None:
    """Name the tab bars Qt adds to ``window`` later (it keeps a pool and makes them lazily)."""
    window.installEventFilter(_TabBarNamer(window))


def _on_focus_window(window: QWindow | None) -> None:
    if window is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            name_qt_parts(widget)


_INSTALLED = False


def install(app: QApplication) -> None:
    """Name Qt's parts in each window (dialogs too) when it takes the focus, once per app.

    A signal rather than an application-wide event filter: a filter would wrap every
    event's receiver in Python, which costs time and memory on every repaint.
    """
    global _INSTALLED
    if not _INSTALLED:
        app.focusWindowChanged.connect(_on_focus_window)
        _INSTALLED = True
