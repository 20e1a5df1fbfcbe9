"""Docks whose panels are built on first use open, read and follow the state like any dock."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bodymap.core.ids import Ref
from tests.windows import make_window


def test_checking_the_layers_toggle_opens_the_dock_and_builds_its_panel(qtbot, mini):
    """A screen reader's "Toggle" only checks the action (Qt opens docks on *trigger*): the
    dock opens all the same, and its panel exists once it is shown, not before."""
    window = make_window(qtbot, mini)
    dock = window.student.layers_dock
    assert not dock.built and dock.isHidden()
    dock.toggleViewAction().setChecked(True)
    QApplication.processEvents()
    assert dock.isVisible() and dock.built
    dock.toggleViewAction().setChecked(False)
    QApplication.processEvents()
    assert dock.isHidden()


def test_a_details_card_built_late_shows_the_current_selection_and_theme(qtbot, mini):
    """The card built after a selection and a theme switch shows that selection in that
    theme's colours, as if it had been there from the start."""
    window = make_window(qtbot, mini)
    first = next(iter(mini.structures))
    window.select(Ref(first, None))
    window.student.theme.apply("dark")
    assert not window.student.details_dock.built
    window.student.details_dock.show()
    QApplication.processEvents()
    card = window.student.details
    assert mini.structure(first).name in card.plain_text()
    assert card.palette_ == window.scene.palette
    window.student.theme.apply("light")
    assert card.palette_ == window.scene.palette
