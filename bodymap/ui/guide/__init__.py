"""In-app help: Help ▸ Quick guide (F1), Help ▸ Keyboard shortcuts, and a first-run hint.

``install(window)`` adds the two Help actions (``window.guide``) and the hint strip above the
drawing. Everything is built inside the app from what the window really has: the shortcut
list is read from the window's actions each time it opens, the guide's key names come from
the actions themselves and its pictures are drawn from our own body map, so nothing here can
go stale or needs a network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from bodymap.core.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.guide.first_run import HintStrip
    from bodymap.ui.main_window import MainWindow


@dataclass
class GuideFeatures:
    """Handles on the help features (``window.guide``)."""

    act_quick_guide: QAction
    act_shortcuts: QAction
    hint: HintStrip


def install(window: MainWindow) -> GuideFeatures:
    """Add Help ▸ Quick guide (F1) and Help ▸ Keyboard shortcuts, and the first-run hint."""
    from bodymap.ui.guide.first_run import HintStrip

    # The guide and the shortcuts list (and their pictures) are imported when first opened.
    def show_quick_guide() -> None:
        from bodymap.ui.guide.quick_guide import show_quick_guide

        show_quick_guide(window)

    def show_shortcuts() -> None:
        from bodymap.ui.guide.shortcuts import show_shortcuts

        show_shortcuts(window)

    guide = QAction(translate("Guide", "Quick guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.setStatusTip(
        translate("Guide", "A short illustrated guide for therapists, students and kiosk staff")
    )
    guide.triggered.connect(show_quick_guide)
    window.addAction(guide)
    keys = QAction(translate("Guide", "Keyboard shortcuts"), window)
    keys.setStatusTip(translate("Guide", "Every keyboard shortcut of this window"))
    keys.triggered.connect(show_shortcuts)
    window.addAction(keys)
    first = window.menu_help.actions()[0] if window.menu_help.actions() else None
    window.menu_help.insertActions(first, [guide, keys])
    if first is not None:
        window.menu_help.insertSeparator(first)
    features = GuideFeatures(guide, keys, HintStrip(window))
    window.guide = features  # type: ignore[attr-defined]
    return features
