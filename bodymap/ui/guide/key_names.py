"""How the help texts name an action's keys (read from the action, so they never go stale)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def keys(action: object) -> str:
    """ " (Ctrl+B)" for an action with a shortcut, "" otherwise (or for no action)."""
    if not isinstance(action, QAction) or action.shortcut().isEmpty():
        return ""
    return f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
