"""The main toolbar at any width: the main actions stay visible, the rest gives way first.

Steps, tried in order until the toolbar fits the window: (0) everything with its words;
(1) the view buttons (Overview, Fit body, Swap sides, Layers) show only their icons, with
their names in the tooltip; (2) the depth choosers move to a second row; (3) the main
actions too show only their icons, except Urgent signs, which always keeps its words.
The search field never grows beyond a comfortable width, however wide the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget, QWidgetAction

from bodymap.core.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

SEARCH_MAX_PX = 380
SEARCH_MIN_PX = 170
STEPS = 4


class ToolbarFitter(QObject):
    """Re-fits the main toolbar whenever the window's width changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.step = 0
        self.toolbar = window.toolbar
        self.row2 = QToolBar(translate("FitToolbar", "View controls"), window)
        self.row2.setObjectName("viewControlsToolbar")
        self.row2.setMovable(False)
        self.row2.setFloatable(False)
        self.row2.toggleViewAction().setVisible(False)
        # The second row sits straight under the first, above the pain drawing's bar.
        pain = window.findChild(QToolBar, "painToolbar")
        if pain is not None:
            window.insertToolBar(pain, self.row2)
            window.insertToolBarBreak(pain)
        else:
            window.addToolBarBreak()
            window.addToolBar(self.row2)
        self.row2.setVisible(False)
        self._busy = False
        search = getattr(window, "search", None)
        if isinstance(search, QWidget):
            search.setMinimumWidth(SEARCH_MIN_PX)
            search.setMaximumWidth(SEARCH_MAX_PX)
        window.installEventFilter(self)

    # --- what is what ----------------------------------------------------------------------
    def main_actions(self) -> list[QAction]:
        """The actions a newcomer needs on screen at any width."""
        w = self.window
        found: list[object] = [
            getattr(w, "search_action", None),
            getattr(getattr(w, "drawing", None), "act_draw", None),
            getattr(getattr(w, "nerve_toggle", None), "action", None),
            getattr(getattr(w, "presentation", None), "action", None),
            w.act_red_flags,
            self.layers_action(),
        ]
        return [a for a in found if isinstance(a, QAction)]

    def layers_action(self) -> QAction | None:
        """The toolbar's "Layers" toggle (added by the student features)."""
        dock = getattr(getattr(self.window, "student", None), "layers_dock", None)
        if dock is None:
            return None
        act = dock.toggleViewAction()
        return act if act in self.toolbar.actions() else None

    def depth_actions(self) -> list[QAction]:
        """The "Left:" / "Right:" labels and depth combos, with the separator after them."""
        w = self.window
        bar = self.row2 if self.step >= 2 else self.toolbar
        acts = bar.actions()
        combos = [w.depth_left, w.depth_right]
        idx = [
            i
            for i, a in enumerate(acts)
            if isinstance(a, QWidgetAction) and a.defaultWidget() in combos
        ]
        if len(idx) != 2:
            return []
        return acts[idx[0] - 1 : idx[1] + 1]

    def _buttons(self, actions: list[QAction]) -> list[QToolButton]:
        out = []
        for act in actions:
            button = self.toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                out.append(button)
        return out

    # --- fitting ---------------------------------------------------------------------------
    def fits(self) -> bool:
        """True when the toolbar's contents fit the window without the » overflow."""
        margin = 8
        return self.toolbar.sizeHint().width() <= self.window.width() - margin

    def refit(self) -> None:
        """Choose the first step at which the toolbar fits the window."""
        if self._busy or self.toolbar.isHidden():
            return  # the kiosk hides the desktop toolbar; presentation has its own set
        presentation = getattr(self.window, "presentation", None)
        if presentation is not None and presentation.active:
            return
        self._busy = True
        try:
            for step in range(STEPS):
                self.apply(step)
                if self.fits():
                    break
        finally:
            self._busy = False

    def apply(self, step: int) -> None:
        """Show the toolbar at one step (0 = roomiest)."""
        main = self.main_actions()
        view = [
            a
            for a in self.toolbar.actions()
            if not a.isSeparator() and a not in main and not isinstance(a, QWidgetAction)
        ]
        icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in self._buttons(view):
            has_icon = button.defaultAction() is not None and not button.icon().isNull()
            button.setToolButtonStyle(icon_only if step >= 1 and has_icon else beside)
        for button in self._buttons(main):
            keep_words = button.defaultAction() is self.window.act_red_flags
            button.setToolButtonStyle(icon_only if step >= 3 and not keep_words else beside)
        self._move_depth(to_row2=step >= 2)
        self.step = step

    def _move_depth(self, to_row2: bool) -> None:
        on_row2 = bool(self.row2.actions())
        if to_row2 == on_row2:
            return
        actions = self.depth_actions()
        if to_row2:
            for act in actions:
                self.toolbar.removeAction(act)
                self.row2.addAction(act)
        else:
            before = self.toolbar.actions()
            anchor = next((a for a in before if a.isSeparator()), None)
            for act in actions:
                self.row2.removeAction(act)
                if anchor is not None:
                    self.toolbar.insertAction(anchor, act)
                else:
                    self.toolbar.addAction(act)
        for act in actions:
            widget = act.defaultWidget() if isinstance(act, QWidgetAction) else None
            if widget is not None:
                widget.show()
        self.row2.setVisible(to_row2)

    def hidden_in_overflow(self) -> list[str]:
        """Names of main actions Qt has pushed into the » overflow (tests)."""
        out = []
        for act in self.main_actions():
            widget = self.toolbar.widgetForAction(act)
            inside = widget is not None and widget.isVisible()
            if inside and widget is not None:
                right = widget.mapTo(self.toolbar, widget.rect().topRight()).x()
                inside = right <= self.toolbar.width()
            if not inside:
                out.append(act.text() or act.toolTip() or "search")
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.refit()
        return False
