"""Peeling never drops the selection silently: it moves to the covering muscle or says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.look import muscle_visible
from bodymap.core.state import ViewState
from bodymap.ui.student.peel_note import PeelNoteStrip
from tests.windows import make_window


def test_covering_a_deep_muscle_selects_the_muscle_drawn_over_it(atlas):
    """Piriformis:right, right side to Superficial: gluteus maximus is selected, and it says so."""
    s = ops.select(ViewState(), atlas, Ref("piriformis", "right"))
    new = ops.set_depth(s, atlas, "right", 0)
    assert new.selection == Ref("gluteus_maximus", "right")
    assert new.article == "gluteus_maximus"
    note = ops.peeled_selection(atlas, s, new)
    assert note is not None and note.hidden == Ref("piriformis", "right")
    assert note.text == (
        "Piriformis lies beneath gluteus maximus at this depth on the right side, "
        "so gluteus maximus is selected now."
    )


def test_every_hidden_muscle_is_kept_track_of_on_the_real_drawing(atlas):
    """For each muscle and side, peeling it out of view gives a note; a moved selection shows."""
    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        for side in ("left", "right"):
            s = ops.select(ViewState(), atlas, Ref(mid, side))
            for level in (0, 1, 2):
                if level in st.shown_at:
                    continue
                new = ops.set_depth(s, atlas, side, level)
                note = ops.peeled_selection(atlas, s, new)
                assert note is not None, (mid, side, level)
                if new.selection is not None:
                    assert note.cover == new.selection.id
                    assert muscle_visible(atlas, new, new.selection.id, side), (mid, level)
                    assert min(atlas.structure(note.cover).shown_at) < min(st.shown_at)
                else:
                    assert new.article == mid  # its text stays open
                    assert "peeled away" in note.text or "covered" in note.text


def test_a_depth_change_that_keeps_the_selection_gives_no_note(atlas):
    """Peeling the other side, or to a level where the muscle shows, says nothing."""
    s = ops.select(ViewState(), atlas, Ref("piriformis", "right"))
    for side, level in (("left", 2), ("right", 2)):
        new = ops.set_depth(s, atlas, side, level)
        assert new.selection == Ref("piriformis", "right")
        assert ops.peeled_selection(atlas, s, new) is None


def test_the_strip_says_it_and_show_it_brings_the_muscle_back(qtbot, atlas):
    """Right side to Superficial with piriformis selected: the note, then one click back."""
    window = make_window(qtbot, atlas)
    window.select(Ref("piriformis", "right"))
    window.set_depth("right", 0)
    strip = window.canvas.findChild(PeelNoteStrip)
    assert strip is not None and strip.isVisible()
    assert "Piriformis lies beneath gluteus maximus" in strip.label.text()
    assert strip.button.text() == "Show piriformis"
    assert strip.geometry().bottom() < window.view.geometry().top()  # above the drawing
    qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
    assert window.store.state.selection == Ref("piriformis", "right")
    assert window.store.state.depth_of("right") in atlas.structure("piriformis").shown_at
    assert not strip.isVisible()


def test_peeling_away_keeps_the_article_open(qtbot, atlas):
    """Gluteus maximus:left peeled with the Layers slider: its text stays and the note says why."""
    window = make_window(qtbot, atlas)
    window.select(Ref("gluteus_maximus", "left"))
    panel = window.student.layers_dock.widget()
    panel.side_buttons["left"].setChecked(True)
    panel.slider.setValue(1)
    state = window.store.state
    assert state.selection is None and state.article == "gluteus_maximus"
    strip = window.canvas.findChild(PeelNoteStrip)
    assert strip.isVisible()
    assert strip.label.text() == "Gluteus maximus is peeled away on the left side at this depth."
    assert "Gluteus maximus" in window.article.browser.toPlainText()


def test_both_is_not_checked_while_the_sides_differ(qtbot, atlas):
    """The "Both" radio gives way to the side that moved; choosing it makes the sides agree."""
    window = make_window(qtbot, atlas)
    panel = window.student.layers_dock.widget()
    window.set_depth("left", 1)
    window.set_depth("right", 1)
    panel.side_buttons["both"].setChecked(True)
    window.set_depth("left", 2)  # the toolbar list moves one side only
    assert window.store.state.depth == (2, 1)
    assert not panel.side_buttons["both"].isChecked()
    assert panel.side_buttons["left"].isChecked()
    assert panel.slider.value() == 2
    panel.side_buttons["both"].setChecked(True)
    assert window.store.state.depth == (2, 2)
    panel.slider.setValue(0)
    assert window.store.state.depth == (0, 0) and panel.side_buttons["both"].isChecked()
