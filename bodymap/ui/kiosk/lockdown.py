"""Kiosk lockdown: the window cannot be closed, and no menu, dialog or outside program opens.

Other features add actions, menus and dialogs while the kiosk is being written, so this
works generically: every action not on the allow-list is disabled and loses its shortcut,
the menu bar and the desktop toolbars are hidden, and an application-wide event filter
refuses what is left (close requests, closing keys, context menus, tooltips, any dialog
or menu that still tries to appear).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

# Window actions a visitor may still use; the kiosk bar's buttons trigger these.
ALLOWED_ACTIONS = ("act_fit", "act_zoom_in", "act_zoom_out", "act_flip", "act_red_flags")
KIOSK_OBJECT = "kiosk"  # objectName prefix of the kiosk's own widgets, kept by the lockdown

_CLOSING_KEYS = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
}
_INPUT_MODS = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_closing_key(event: QKeyEvent) -> bool:
    """True for the keys that close windows or programs on a desktop."""
    mods = event.modifiers() & _INPUT_MODS
    return any(event.key() == key and mods == want for key, want in _CLOSING_KEYS)


def allowed_actions(window: MainWindow) -> list[QAction]:
    """The window's actions that stay usable in the kiosk."""
    return [a for name in ALLOWED_ACTIONS if isinstance(a := getattr(window, name, None), QAction)]


class Lockdown(QObject):
    """Refuses every way out of the kiosk until :meth:`release` (the right PIN) is called."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.released = False
        self.refused = 0  # how many close requests and closing keys were refused (tests)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        # Qt's own file dialogs can be caught by the filter below; native ones could not.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self._strip(window)
        window.installEventFilter(self)
        app.installEventFilter(self)

    def _strip(self, window: MainWindow) -> None:
        keep = set(map(id, allowed_actions(window)))
        window.menuBar().hide()
        window.menuBar().setEnabled(False)
        window.statusBar().hide()
        for bar in window.findChildren(QToolBar):
            if not bar.objectName().startswith(KIOSK_OBJECT):
                bar.hide()
                bar.toggleViewAction().setEnabled(False)
        for action in window.findChildren(QAction):
            action.setShortcuts([])
            if id(action) not in keep:
                action.setEnabled(False)
                action.setVisible(False)
        for widget in [window, *window.findChildren(QWidget)]:
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        browser = getattr(window.article, "browser", None)
        if browser is not None:
            browser.viewport().setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        window.article.external_links_allowed = False
        window.view.hover_enabled = False
        window.scene.hover_tag.setVisible(False)
        for i in range(1, window.splitter.count()):
            window.splitter.handle(i).setEnabled(False)  # the layout is fixed for visitors

    def release(self) -> None:
        """Let the window close (after the right PIN): the filters stop refusing."""
        self.released = True
        self.app.removeEventFilter(self)
        self.window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.released:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            event.ignore()  # a QCloseEvent starts accepted: ignoring it is what keeps us open
            self.refused += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if isinstance(event, QKeyEvent) and is_closing_key(event):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.refused += 1
                return True
            return False
        if kind in (
            QEvent.Type.ContextMenu,
            QEvent.Type.ToolTip,
            QEvent.Type.WhatsThis,
            QEvent.Type.Shortcut,
        ):
            event.accept()
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QDialog | QMenu):
            self._refuse_popup(watched)
            return False
        return False

    def _refuse_popup(self, popup: QWidget) -> None:
        """A dialog or menu slipped through: close it before a visitor can use it."""
        popup.hide()
        if isinstance(popup, QDialog):
            # exec() runs its own loop; reject() from inside that loop ends it.
            QTimer.singleShot(0, popup, popup.reject)
        elif isinstance(popup, QMenu):
            QTimer.singleShot(0, popup, popup.close)
