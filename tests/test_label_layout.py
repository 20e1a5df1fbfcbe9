"""Leader-line label layout (Qt-free): no two label boxes overlap, on the real drawing's anchors."""

from __future__ import annotations

import pytest

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import Point
from bodymap.core.label_layout import LabelRequest, layout_labels, overlaps
from bodymap.core.look import derive_look
from bodymap.core.state import LAYERS, ViewState
from bodymap.core.traversal import anchor, display_name, visible_refs

VIEWPORT = (960.0, 900.0)


def _requests(
    atlas: Atlas, state: ViewState, zoom: float, centre: Point, latin: bool = False
) -> tuple[list[LabelRequest], tuple[float, float, float, float]]:
    """Map the visible structures' anchors to a simulated screen at a zoom around a centre."""
    x0, y0, x1, y1 = atlas.body_box
    vw, vh = VIEWPORT
    scale = min(vw / (x1 - x0), vh / (y1 - y0)) * 0.9 * zoom

    def to_screen(p: Point) -> Point:
        return (vw / 2 + (p[0] - centre[0]) * scale, vh / 2 + (p[1] - centre[1]) * scale)

    look = derive_look(atlas, state)
    reqs = []
    for ref in visible_refs(atlas, look):
        a = anchor(atlas, look, ref)
        assert a is not None
        s = to_screen(a)
        if not (0 <= s[0] <= vw and 0 <= s[1] <= vh):
            continue  # off screen: the UI labels only what is in view
        text = display_name(atlas, ref.id, latin)
        reqs.append(LabelRequest(str(ref), s, 7.0 * len(text) + 12, 20.0, ref.side or "left"))
    fig = (*to_screen((x0, y0)), *to_screen((x1, y1)))
    return reqs, fig


@pytest.mark.parametrize("zoom", [1.0, 2.0, 4.0])
@pytest.mark.parametrize("latin", [False, True])
def test_no_overlaps_at_three_zoom_levels_on_real_anchors(atlas, zoom, latin):
    """At fit, 2x and 4x zoom, every layer on and both sides deep, no label boxes overlap."""
    state = ViewState(layers=frozenset(LAYERS), depth=(1, 2))
    x0, y0, x1, y1 = atlas.body_box
    centre = ((x0 + x1) / 2, y0 + (y1 - y0) * 0.45) if zoom > 1 else ((x0 + x1) / 2, (y0 + y1) / 2)
    reqs, fig = _requests(atlas, state, zoom, centre, latin)
    assert len(reqs) >= 6
    placed = layout_labels(reqs, fig, VIEWPORT)
    assert len(placed) == len(reqs)
    assert overlaps(placed) == []
    for p in placed:
        # The leader line starts at the anchor and ends on the box's inner edge.
        req = next(r for r in reqs if r.key == p.key)
        assert p.leader[0] == req.anchor
        assert p.leader[1][0] in (p.box[0], p.box[2])


def test_columns_follow_the_sides_and_the_anchors_order(atlas):
    """Left labels sit left of the figure, right ones right of it, each in anchor order."""
    reqs, fig = _requests(
        atlas,
        ViewState(depth=(0, 1)),
        1.0,
        ((atlas.body_box[0] + atlas.body_box[2]) / 2, (atlas.body_box[1] + atlas.body_box[3]) / 2),
    )
    placed = layout_labels(reqs, fig, VIEWPORT)
    by_key = {r.key: r for r in reqs}
    for column in ("left", "right"):
        mine = [p for p in placed if p.column == column]
        assert mine
        tops = [p.box[1] for p in mine]
        ys = [by_key[p.key].anchor[1] for p in mine]
        assert tops == sorted(tops) and ys == sorted(ys)
        for p in mine:
            if column == "left":
                assert p.box[2] <= by_key[p.key].anchor[0]
            else:
                assert p.box[0] >= by_key[p.key].anchor[0]


def test_crowded_column_stays_clear_and_on_screen_when_it_fits():
    """Twenty labels wanting the same spot are stacked without overlap inside the viewport."""
    reqs = [LabelRequest(f"k{i}", (300.0, 400.0), 80.0, 20.0, "left") for i in range(20)]
    placed = layout_labels(reqs, (250.0, 50.0, 600.0, 850.0), (900.0, 900.0))
    assert overlaps(placed) == []
    assert min(p.box[1] for p in placed) >= 10.0
    assert max(p.box[3] for p in placed) <= 890.0


def test_overfull_column_overflows_below_rather_than_overlapping():
    """A column taller than the window runs off the bottom; its boxes still never overlap."""
    reqs = [LabelRequest(f"k{i}", (300.0, 100.0 + i), 60.0, 30.0, "right") for i in range(40)]
    placed = layout_labels(reqs, (100.0, 0.0, 400.0, 500.0), (800.0, 500.0))
    assert overlaps(placed) == []
    assert min(p.box[1] for p in placed) >= 10.0


def test_narrow_window_keeps_columns_apart():
    """In a window too narrow for both columns the right one yields, never covering the left."""
    reqs = [
        LabelRequest("a", (100.0, 100.0), 150.0, 20.0, "left"),
        LabelRequest("b", (110.0, 100.0), 150.0, 20.0, "right"),
    ]
    placed = layout_labels(reqs, (50.0, 0.0, 150.0, 300.0), (200.0, 300.0))
    assert overlaps(placed) == []


def test_labels_keep_clear_of_a_floating_legend():
    """A legend box over the top of the left column pushes that column's labels below it."""
    legend = (0.0, 0.0, 260.0, 150.0)
    reqs = [LabelRequest(f"k{i}", (300.0, 40.0 + 30 * i), 90.0, 20.0, "left") for i in range(6)]
    reqs.append(LabelRequest("r", (500.0, 40.0), 90.0, 20.0, "right"))
    placed = layout_labels(reqs, (250.0, 0.0, 550.0, 800.0), (800.0, 800.0), keep_out=[legend])
    assert overlaps(placed) == []
    left = [p for p in placed if p.column == "left"]
    assert all(p.box[1] >= legend[3] for p in left)
    right = next(p for p in placed if p.column == "right")
    assert right.box[1] < legend[3]  # the legend does not reach the right column


def test_label_points_lie_inside_their_shapes(atlas):
    """Every muscle's leader-line anchor lies inside its outline, even for curved muscles."""
    from bodymap.core.geometry import point_in_polygon
    from bodymap.core.traversal import label_point

    for shape in atlas.geometry.of_class("muscle"):
        p = label_point(shape)
        assert any(point_in_polygon(p, ring) for ring in shape.rings), shape.key


def test_label_point_of_a_crescent_falls_in_its_body():
    """For a C-shaped outline whose centroid is outside, the anchor is still inside."""
    from bodymap.core.atlas import Shape
    from bodymap.core.geometry import point_in_polygon
    from bodymap.core.traversal import label_point

    ring = (
        (0.0, 0.0),
        (100.0, 0.0),
        (100.0, 20.0),
        (20.0, 20.0),
        (20.0, 80.0),
        (100.0, 80.0),
        (100.0, 100.0),
        (0.0, 100.0),
    )
    shape = Shape("c", "muscle", "left", (ring,), True, 0, {})
    p = label_point(shape)
    assert point_in_polygon(p, ring)
