"""Every user-visible text of a window: actions, menus, widgets, tool tips, spoken names."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def interface_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user sees or hears, in a stable order."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        out.append((where, text))

    for i, act in enumerate(window.findChildren(QAction)):
        where = f"action {i} {act.objectName()}"
        add(where + " text", act.text())
        add(where + " tooltip", act.toolTip())
        add(where + " status tip", act.statusTip())
    for i, w in enumerate([window, *window.findChildren(QWidget)]):
        where = f"{type(w).__name__} {i} {w.objectName()}"
        add(where + " accessible name", w.accessibleName())
        add(where + " accessible description", w.accessibleDescription())
        add(where + " tooltip", w.toolTip())
        if isinstance(w, (QDockWidget, QToolBar)) or w is window:
            add(where + " title", w.windowTitle())
        if isinstance(w, QMenu):
            add(where + " title", w.title())
        if isinstance(w, QLabel):
            add(where + " text", w.text())
        if isinstance(w, QAbstractButton):
            add(where + " text", w.text())
        if isinstance(w, QGroupBox):
            add(where + " title", w.title())
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(where + " placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for j in range(w.count()):
                add(f"{where} item {j}", w.itemText(j))
        if isinstance(w, QTabBar):
            for j in range(w.count()):
                add(f"{where} tab {j}", w.tabText(j))
    return out


def untranslated(english: list[tuple[str, str]], other: list[tuple[str, str]], same_ok: set[str]):
    """Texts of the other window that are word for word an English text of the English window
    (words only; names in ``same_ok`` are the same in both languages)."""
    seen = {text for _, text in english}
    return [
        (where, text)
        for where, text in other
        if text in seen and _WORD.search(text) and text.strip() not in same_ok
    ]
