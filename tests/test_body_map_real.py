"""The real drawing, clicked through the real view: selection, nerve, markers, zones, text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from bodymap.core import state as ops
from bodymap.core.ids import SIDES, Ref
from bodymap.core.look import derive_look
from bodymap.core.state import ViewState
from tests.probes import clickable_point
from tests.test_atlas_real import MUSCLES, NERVES, REGIONS


@pytest.fixture(scope="module")
def window(qapp, atlas):
    from bodymap.ui.main_window import MainWindow

    w = MainWindow(atlas)
    w.resize(1600, 1000)
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.view.fit_body()
    yield w
    w.close()
    w.deleteLater()


def _prepare(window, atlas, ref: Ref) -> QPointF:
    """Reset to the default view, peel the side so the structure is visible, find its point."""
    state = ViewState()
    st = atlas.structure(ref.id)
    if st.kind == "muscle" and ref.side is not None:
        state = ops.set_depth(state, atlas, ref.side, min(st.shown_at))
    window.store.set(state)
    window.view.fit_body()
    tolerance = window.view.click_tolerance_px / window.view.transform().m11()
    x, y = clickable_point(atlas, derive_look(atlas, state), ref, tolerance)
    return QPointF(x, y)


def _click(window, scene_point: QPointF) -> None:
    pos = window.view.mapFromScene(scene_point)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


ALL = [Ref(i, s) for i in [*REGIONS, *MUSCLES, *NERVES] for s in SIDES]


@pytest.mark.parametrize("ref", ALL, ids=str)
def test_clicking_each_structure_selects_it_and_shows_its_story(window, atlas, ref):
    """A click at the structure's interior point selects it on that side, lights the nerve,
    shows the right markers and zones, and opens its article."""
    point = _prepare(window, atlas, ref)
    _click(window, point)
    state = window.store.state
    assert state.selection == ref
    look = window.scene.look
    st = atlas.structure(ref.id)
    side_keys = lambda shapes: {s.key for s in shapes}  # noqa: E731
    expected_emph = {
        s.key
        for x in (st.nerve_stretches or st.stretches)
        for s in atlas.stretch_shapes(x, ref.side)
    }
    assert look.lit, "the nerve lights up"
    assert all(k.endswith(ref.side) for k in look.lit)
    assert look.emphasised == expected_emph
    if st.kind == "muscle":
        assert look.selected == {f"{ref.id}-{ref.side}"}
        assert look.markers == side_keys(atlas.trigger_points(ref.id, ref.side))
        assert look.zones == side_keys(atlas.zones(ref.id, ref.side))
        for key in look.markers | look.zones:
            assert window.scene.items_by_key[key].isVisible()
    if st.kind == "region":
        assert look.outlined_regions == {f"region-{ref.id}-{ref.side}"}
        visible_muscles = {f"{m}-{ref.side}" for m in st.muscles} & look.visible
        assert look.picked == visible_muscles, "the region's visible muscles are picked out"
        assert all(atlas.structure(m).name in window.article.plain_text() for m in st.muscles)
    text = window.article.plain_text()
    assert text.startswith(st.name)
    if st.kind == "muscle" and not st.touches_nerve:
        assert "Does not touch the sciatic nerve" in text


def test_clicking_empty_space_returns_to_the_overview(window, atlas):
    """Empty canvas: nothing selected, nothing lit, overview article."""
    point = _prepare(window, atlas, Ref("piriformis", "right"))
    _click(window, point)
    box = window.scene.body_rect
    _click(window, QPointF(box.left() + 5, box.top() + 5))
    assert window.store.state.selection is None
    assert not window.scene.look.lit
    assert window.article.plain_text().startswith(atlas.article("overview").title)


def _pixel(window, scene_point: QPointF) -> QColor:
    image = window.view.viewport().grab().toImage()
    return image.pixelColor(window.view.mapFromScene(scene_point))


def test_pixels_show_marker_zone_and_lit_nerve(window, atlas):
    """Probed pixels: the trigger point is dark red, the essential zone red-tinted, the lit
    nerve yellow."""
    point = _prepare(window, atlas, Ref("piriformis", "right"))
    _click(window, point)
    # The name tag that follows the pointer may sit over a probed pixel: hide it.
    window.scene.hover_tag.setVisible(False)
    window.view.viewport().repaint()
    from bodymap.core.atlas import marker_centre

    trp = atlas.trigger_points("piriformis", "right")[0]
    c = _pixel(window, QPointF(*marker_centre(trp)))
    assert c.red() > 2 * c.green() and c.red() < 200, c.name()
    nerve = atlas.stretch_shapes("thigh_upper", "right")[0].rings[0]
    mid = nerve[len(nerve) // 2]
    n = _pixel(window, QPointF(*mid))
    assert n.red() > 200 and n.green() > 150 and n.blue() < 140, n.name()
    # Just beside the band: the lit nerve's glow is there, the unlit nerve's is not.
    shape = atlas.stretch_shapes("thigh_upper", "right")[0]
    beside = QPointF(mid[0] + shape.width / 2 + 3, mid[1])
    glow = _pixel(window, beside)
    window.store.set(ViewState())
    plain = _pixel(window, beside)
    assert glow != plain and glow.green() > plain.green(), (glow.name(), plain.name())


def test_selection_survives_zoom_and_pan(window, atlas):
    """Zooming and panning change the view, never the selection."""
    point = _prepare(window, atlas, Ref("quadratus_femoris", "right"))
    _click(window, point)
    before = window.store.state
    window.view.zoom_by(2.5, QPointF(400, 400))
    window.view.pan_by(60, -40)
    assert window.store.state == before
    assert window.scene.look.selected == {"quadratus_femoris-right"}


def test_hover_shows_name_and_light_highlight(window, atlas):
    """Moving the mouse over a muscle names it near the pointer and lightly outlines it."""
    point = _prepare(window, atlas, Ref("piriformis", "right"))
    pos = window.view.mapFromScene(point)
    QTest.mouseMove(window.view.viewport(), pos)
    assert window.store.state.hover == Ref("piriformis", "right")
    assert window.scene.hover_tag.isVisible()
    assert window.scene.hover_tag.text.startswith("Piriformis")
    assert "piriformis-right" in window.scene.look.hovered


def test_article_links_select_structures(window, atlas):
    """A bodymap: link in the text selects the structure it names."""
    window.store.set(ViewState())
    window.article.link_activated.emit("piriformis")
    assert window.store.state.selection is not None
    assert window.store.state.selection.id == "piriformis"
