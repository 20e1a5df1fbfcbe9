"""The therapist's tools through the real window: search, drawing, candidates, toggle, present."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from bodymap.core.ids import Ref
from bodymap.ui.items import MarkerItem
from tests.windows import make_window


@pytest.fixture
def window(qtbot, mini):
    return make_window(qtbot, mini)


def drag(qtbot, window, points):
    """Press, move through and release at scene points, as a mouse or finger would."""
    vp = window.view.viewport()
    pos = [window.view.mapFromScene(QPointF(x, y)) for x, y in points]
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=pos[0])
    for p in pos[1:]:
        # qtbot.mouseMove sends no pressed buttons, so send a real drag move.
        ev = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            QPointF(p),
            QPointF(vp.mapToGlobal(p)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(vp, ev)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=pos[-1])


def test_search_enter_selects_top_hit_and_no_match_says_so(qtbot, window):
    """Typing "piri" and Enter selects piriformis; gibberish says nothing matches."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "piri")
    assert window.search.results.isVisible()
    assert window.search.results.item(0).text() == "Piriformis"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.store.state.selection is not None
    assert window.store.state.selection.id == "piriformis"
    window.search.clear()
    qtbot.keyClicks(window.search, "xqzzy")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "Nothing matches" in window.search.toolTip()
    assert "Nothing matches" in window.statusBar().currentMessage()
    assert window.store.state.selection.id == "piriformis"


def test_drawing_with_undo_and_redo(qtbot, window):
    """Strokes painted with the mouse land in the state, on their side, and undo/redo works."""
    window.drawing.act_draw.trigger()
    assert window.view.interaction is window.drawing.interaction
    assert window.store.state.mode == "draw"
    window.drawing.set_intensity(8)
    drag(qtbot, window, [(50, 250), (50, 300), (50, 350)])
    strokes = window.store.state.strokes
    assert len(strokes) == 1 and strokes[0].intensity == 8 and strokes[0].side == "left"
    assert abs(strokes[0].points[0][0] - 50) < 2 and abs(strokes[0].points[-1][1] - 350) < 2
    assert window.store.state.selection is None  # painting does not select
    drag(qtbot, window, [(150, 100), (150, 120)])
    assert len(window.store.state.strokes) == 2
    assert window.store.state.strokes[1].side == "right"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.store.state.strokes) == 1
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(window.store.state.strokes) == 2
    window.drawing.act_clear.trigger()
    assert window.store.state.strokes == ()
    window.drawing.undo()
    assert len(window.store.state.strokes) == 2
    window.drawing.act_draw.trigger()
    assert window.view.interaction is None and window.store.state.mode == "explore"


def test_strokes_stay_put_when_zooming(qtbot, window):
    """The painted path is in drawing coordinates: zooming moves it with the body."""
    window.drawing.act_draw.trigger()
    drag(qtbot, window, [(50, 250), (50, 300)])
    path = window.drawing.layer.painted_path()
    assert path.contains(QPointF(50, 275)) and not path.contains(QPointF(150, 275))
    window.view.zoom_by(3.0)
    window.view.centerOn(QPointF(50, 275))
    assert window.drawing.layer.painted_path().boundingRect() == path.boundingRect()
    image = window.view.viewport().grab().toImage()
    at = window.view.mapFromScene(QPointF(50, 275))
    around = [
        image.pixelColor(at.x() + dx, at.y() + dy) for dx in range(-4, 5) for dy in range(-4, 5)
    ]
    blue = sum(c.blue() for c in around) / len(around)
    green = sum(c.green() for c in around) / len(around)
    assert blue > green + 25  # the violet paint shows where the stroke was drawn


def test_eraser_removes_paint(qtbot, window):
    """An eraser stroke over a painted stroke leaves that spot unpainted."""
    window.drawing.act_draw.trigger()
    drag(qtbot, window, [(50, 250), (50, 300)])
    window.drawing.act_erase.setChecked(True)
    drag(qtbot, window, [(50, 270), (50, 280)])
    assert window.store.state.strokes[-1].erase
    assert not window.drawing.layer.painted_path().contains(QPointF(50, 275))
    assert window.drawing.layer.painted_path().contains(QPointF(50, 252))


def test_candidate_click_selects_that_muscle_on_that_side(qtbot, window):
    """Painting minimus's synthetic zone lists it first; clicking the row selects it."""
    window.drawing.act_draw.trigger()
    drag(qtbot, window, [(150, 245), (150, 300), (150, 365)])
    panel = window.candidates
    assert panel.isVisible()
    assert panel.list.count() >= 1
    first = panel.list.item(0)
    assert first.text().startswith("1. Gluteus minimus, right")
    assert "essential zone" in first.text()
    assert "% of the back" in panel.summary.text()
    rect = panel.list.visualItemRect(first)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.store.state.selection == Ref("gluteus_minimus", "right")


def test_nerve_toggle_shows_dermatomes(qtbot, atlas):
    """The toggle shows the dermatome layer, its root labels and a reading for the selection."""
    window = make_window(qtbot, atlas)
    window.select(Ref("gluteus_minimus", "left"))
    window.nerve_toggle.action.trigger()
    assert "dermatomes" in window.store.state.layers
    shown = {t.text for t in window.nerve_toggle.labels if t.isVisible()}
    assert {"L4", "L5", "S1", "S2"} <= shown
    derm = [k for k, s in atlas.geometry.shapes.items() if s.cls == "dermatome"]
    assert all(window.scene.items_by_key[k].isVisible() for k in derm)
    assert window.nerve_toggle.strip.isVisible()
    assert "Gluteus minimus" in window.nerve_toggle.strip.text()
    assert "both can coexist" in window.nerve_toggle.strip.text()
    window.nerve_toggle.action.trigger()
    assert "dermatomes" not in window.store.state.layers
    assert not window.nerve_toggle.strip.isVisible()


def test_presentation_mode_in_and_out(qtbot, window):
    """F11 enters presentation (full screen, big type, their LEFT); Esc leaves and restores."""
    window.select(Ref("piriformis", "right"))
    before_pt = window.article.browser.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    pres = window.presentation
    assert pres.active and window.isFullScreen()
    assert window.scene.side_tags["left"].text == "their LEFT"
    assert window.article.browser.font().pointSizeF() >= 16
    assert MarkerItem.size > 9
    assert not window.menuBar().isVisible()
    assert not window.act_flip.isVisible() or window.act_flip not in window.toolbar.actions()
    assert window.search_action.isVisible() is False
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not pres.active
    assert window.store.state.selection == Ref("piriformis", "right")  # Esc only left
    assert not window.isFullScreen()
    assert window.scene.side_tags["left"].text == "LEFT"
    assert window.article.browser.font().pointSizeF() == before_pt
    assert MarkerItem.size == 9.0
    assert window.menuBar().isVisible() and window.search_action.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.store.state.selection is None  # back to normal: Esc clears
