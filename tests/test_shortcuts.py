"""Every keyboard shortcut of the main window does one thing (Qt ignores ambiguous ones)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction

from tests.windows import make_window


def test_no_two_actions_share_a_shortcut(qtbot, mini):
    """Each key sequence belongs to one action, so no shortcut is silently dead."""
    window = make_window(qtbot, mini)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            if not seq.isEmpty():
                owners[seq.toString()].append(action.text())
    clashes = {keys: texts for keys, texts in owners.items() if len(set(texts)) > 1}
    assert not clashes, clashes
