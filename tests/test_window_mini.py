"""GUI tests on the synthetic atlas: clicks through the real view change the state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bodymap.core.ids import Ref
from tests.windows import click_scene, make_window


@pytest.fixture
def window(qtbot, mini):
    return make_window(qtbot, mini)


def test_click_selects_and_escape_clears(qtbot, window):
    """Clicking piriformis on the deep side selects it; Escape returns to the overview."""
    click_scene(qtbot, window, 130, 66)
    assert window.store.state.selection == Ref("piriformis", "right")
    assert window.article.plain_text().startswith("Piriformis")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.store.state.selection is None
    assert window.store.state.article == "overview"


def test_click_on_empty_space_clears(qtbot, window):
    """A click outside the body clears the selection."""
    click_scene(qtbot, window, 130, 66)
    click_scene(qtbot, window, -150, 200)
    assert window.store.state.selection is None
