"""English and Latin labels stay beside the figure, never on it, and never overlap each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QDockWidget

from bodymap.core.ids import Ref
from bodymap.core.label_layout import boxes_overlap, overlaps
from bodymap.core.state import ViewState
from tests.windows import make_window

SIZES = ((1600, 1000), (1280, 800), (3840, 2160))
DOCKS = ((), ("layersDock",), ("layersDock", "detailsDock"))
# Two docks leave a 1280 px window too little canvas for two label columns beside the body:
# there the body stops shrinking at 45 % of its fit and labels may reach its edges.
CASES = [(size, docks) for size in SIZES for docks in DOCKS if size[0] >= 1600 or len(docks) < 2]


def figure_on_screen(window) -> tuple[float, float, float, float]:
    """The skin silhouette's box in viewport pixels (the figure the labels must stay off)."""
    x0, y0, x1, y1 = window.atlas.body_box
    view = window.view
    tl = view.mapFromScene(QPointF(x0, y0))
    br = view.mapFromScene(QPointF(x1, y1))
    return (float(tl.x()), float(tl.y()), float(br.x()), float(br.y()))


def placed_labels(window):
    """Lay the labels out for the view as it is now."""
    item = window.student.labels.item
    vp = window.view.viewport()
    return item.relayout(window.view.viewportTransform(), vp.width(), vp.height())


@pytest.mark.parametrize("latin", (False, True), ids=("english", "latin"))
@pytest.mark.parametrize(
    ("size", "docks"), CASES, ids=[f"{s[0]}x{s[1]}-{'+'.join(d) or 'no-docks'}" for s, d in CASES]
)
def test_labels_sit_beside_the_figure(qtbot, atlas, size, latin, docks):
    """Fitted, with labels on (deep sides, so the most muscles show), no label box meets the
    figure's box, all are in the viewport, and no two overlap."""
    window = make_window(qtbot, atlas, ViewState(depth=(1, 2)))
    window.resize(*size)
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in docks:
            dock.show()
    window.student.act_labels.setChecked(True)
    window.student.act_latin.setChecked(latin)
    window.select(Ref("piriformis", "right"))
    QApplication.processEvents()
    window.view.fit_body()
    placed = placed_labels(window)
    assert len(placed) >= 10
    figure = figure_on_screen(window)
    vp = window.view.viewport()
    for lab in placed:
        assert not boxes_overlap(lab.box, figure), (lab.key, lab.box, figure)
        assert lab.box[0] >= 0 and lab.box[2] <= vp.width(), (lab.key, lab.box)
    assert overlaps(placed) == []
    if latin:
        texts = window.student.labels.item.texts
        assert texts["piriformis:right"] == "musculus piriformis"


def test_turning_labels_on_keeps_the_body_as_large_as_there_is_room_for(qtbot, atlas):
    """The body shrinks only as much as the label columns need, and grows back without them."""
    window = make_window(qtbot, atlas)
    window.resize(1600, 1000)
    QApplication.processEvents()
    window.view.fit_body()
    bare = figure_on_screen(window)
    window.student.act_labels.setChecked(True)
    window.student.act_latin.setChecked(True)
    QApplication.processEvents()
    with_labels = figure_on_screen(window)
    assert with_labels[3] - with_labels[1] >= 0.5 * (bare[3] - bare[1])
    window.student.act_labels.setChecked(False)
    QApplication.processEvents()
    assert figure_on_screen(window) == bare
