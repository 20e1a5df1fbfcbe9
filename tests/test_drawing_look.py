"""The client's drawing never reads as a referral zone: violet, stippled, named, clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from bodymap.core import state as ops
from bodymap.core.state import Stroke
from bodymap.ui.items import ZoneItem
from bodymap.ui.palette import THEMES, contrast, over
from bodymap.ui.therapist.paint_layer import OPACITY, PaintItem, intensity_color
from tests.windows import make_window


def hue_gap(a: str, b: str) -> int:
    ha, hb = QColor(a).hue(), QColor(b).hue()
    d = abs(ha - hb) % 360
    return min(d, 360 - d)


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("level", [6, 10])
def test_drawing_at_6_and_10_stands_off_red_muscle_and_the_essential_zone(theme, level):
    """On red muscle the drawing's hue is 60° off muscle and zone red; its edge 3:1 off both."""
    p = THEMES[theme]
    fill = intensity_color(p, level).name()
    on_muscle = over(fill, OPACITY, p.muscle)
    essential = over(p.zone, 0.55, p.muscle)
    assert hue_gap(on_muscle, p.muscle) >= 60, on_muscle
    assert hue_gap(on_muscle, essential) >= 60, on_muscle
    assert hue_gap(on_muscle, p.nerve) >= 60
    assert contrast(p.paint_edge, p.muscle) >= 3.0
    assert contrast(p.paint_edge, essential) >= 3.0


def test_drawing_texture_is_a_stipple_no_zone_uses(qtbot, mini):
    """Paint items carry a texture brush (dots); zones are solid fills or the diagonal hatch."""
    w = make_window(qtbot, mini)
    w.store.update(ops.add_stroke, Stroke(((100.0, 100.0), (100.0, 200.0)), 6, 20.0))
    items = [i for i in w.drawing.layer.items.values() if i.isVisible()]
    assert items and all(isinstance(i, PaintItem) for i in items)
    assert items[0].stipple.style() == Qt.BrushStyle.TexturePattern
    zones = [i for i in w.scene.items_by_key.values() if isinstance(i, ZoneItem)]
    assert zones and not any(hasattr(z, "stipple") for z in zones)


def test_legend_names_your_drawing_only_while_there_is_one(qtbot, mini):
    """ "Your drawing" joins the legend with the first stroke and leaves with the last."""
    w = make_window(qtbot, mini)
    texts = lambda: [t for _, t in w.legend.entries()]  # noqa: E731
    assert "Your drawing" not in texts()
    h0 = w.legend.sizeHint().height()
    w.store.update(ops.add_stroke, Stroke(((100.0, 100.0), (100.0, 200.0)), 10, 20.0))
    assert "Your drawing" in texts() and w.legend.sizeHint().height() > h0
    w.drawing.clear()
    assert "Your drawing" not in texts()


def test_paint_outside_the_body_outline_is_not_drawn(qtbot, mini):
    """A stroke running off the body shows inside the silhouette and nothing outside it."""
    w = make_window(qtbot, mini)
    # The mini body's skin is the rectangle (0, 0)-(200, 400); paint from x=-60 to x=40.
    w.store.update(ops.add_stroke, Stroke(((-60.0, 200.0), (40.0, 200.0)), 10, 30.0))
    qtbot.wait(20)
    image = w.view.viewport().grab().toImage()
    inside = image.pixelColor(w.view.mapFromScene(QPointF(20, 200)))
    outside = image.pixelColor(w.view.mapFromScene(QPointF(-35, 200)))
    background = QColor(w.scene.palette.background)
    assert outside.name() == background.name()
    assert inside.blue() > inside.green() + 25  # violet paint inside the body


def test_referral_question_hides_the_drawing_and_its_legend_entry(qtbot, mini):
    """Asking which muscle refers pain here, the client's drawing is off the plate; back after."""
    w = make_window(qtbot, mini)
    w.store.update(ops.add_stroke, Stroke(((100.0, 100.0), (100.0, 200.0)), 10, 20.0))
    quiz = w.student.quiz
    quiz.seed = 1
    quiz.start(kinds=("referral",))
    assert quiz.question is not None and quiz.question.kind == "referral"
    assert w.drawing.layer.hidden
    assert "Your drawing" not in [t for _, t in w.legend.entries()]
    quiz.stop()
    assert not w.drawing.layer.hidden
    assert "Your drawing" in [t for _, t in w.legend.entries()]


def test_click_questions_keep_the_drawing(qtbot, mini):
    """ "Click the …" questions give nothing away through the drawing, so it stays."""
    w = make_window(qtbot, mini)
    w.store.update(ops.add_stroke, Stroke(((100.0, 100.0), (100.0, 200.0)), 10, 20.0))
    quiz = w.student.quiz
    quiz.start(kinds=("click",))
    assert quiz.question.kind == "click" and not w.drawing.layer.hidden
    quiz.stop()
