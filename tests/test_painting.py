"""Pain-drawing geometry: rasterising strokes, erasing, area of the back, peak and sides."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.core.painting import (
    Grid,
    body_raster,
    paint_map,
    polygon_cells,
    stroke_cells,
    stroke_side,
    summarise,
)
from bodymap.core.state import Stroke
from tests.synthetic import mini_atlas, rect


def test_polygon_cells_count_centres_inside():
    """A 40 x 20 rectangle on a 4-unit grid covers exactly 10 x 5 cells."""
    grid = Grid(0.0, 0.0, 4.0, 50, 50)
    cells = polygon_cells(grid, [rect(8, 8, 40, 20)])
    assert len(cells) == 50
    assert (2, 2) in cells and (11, 6) in cells and (12, 6) not in cells


def test_stroke_cells_is_a_capsule():
    """A horizontal stroke of width 8 covers cells within 4 units of its centre line."""
    grid = Grid(0.0, 0.0, 4.0, 50, 50)
    cells = stroke_cells(grid, ((20.0, 20.0), (60.0, 20.0)), 8.0)
    assert (5, 4) in cells and (14, 4) in cells  # ends
    assert (5, 2) not in cells and (10, 7) not in cells  # beyond the half width
    dot = stroke_cells(grid, ((20.0, 20.0),), 8.0)
    assert dot and all(abs(grid.centre(c)[0] - 20) <= 4 for c in dot)


def test_area_percent_of_the_back(mini):
    """Painting the whole left half of the synthetic body is 50 % of the back."""
    # A zig-zag over the left half: columns 4 units apart, 12 units wide.
    zig = []
    for k, x in enumerate(range(2, 100, 4)):
        ys = (0.0, 400.0) if k % 2 == 0 else (400.0, 0.0)
        zig += [(float(x), ys[0]), (float(x), ys[1])]
    strokes = [Stroke(tuple(zig), intensity=3, width=6.0)]
    s = summarise(mini, strokes)
    assert s.area_percent == pytest.approx(50.0, abs=1.0)
    assert s.sides == ("left",)
    assert s.peak == 3


def test_eraser_removes_and_later_paint_returns(mini):
    """An eraser stroke removes cells painted before it, not cells painted after it."""
    paint = Stroke(((50.0, 100.0), (50.0, 300.0)), intensity=6, width=20.0)
    erase = Stroke(((50.0, 150.0), (50.0, 250.0)), width=40.0, erase=True)
    repaint = Stroke(((50.0, 200.0),), intensity=2, width=10.0)
    before = paint_map(mini, [paint])
    after = paint_map(mini, [paint, erase])
    again = paint_map(mini, [paint, erase, repaint])
    assert after.area_percent < before.area_percent
    assert after.raster.grid.cell_of((50.0, 200.0)) not in after.intensity
    assert again.intensity[again.raster.grid.cell_of((50.0, 200.0))] == 2
    assert paint_map(mini, [paint, erase, erase]).intensity == after.intensity


def test_per_cell_maximum_and_peak(mini):
    """Overlapping strokes keep the higher intensity in each cell, in either order."""
    low = Stroke(((50.0, 100.0), (50.0, 200.0)), intensity=3, width=20.0)
    high = Stroke(((50.0, 150.0),), intensity=9, width=20.0)
    for order in ([low, high], [high, low]):
        pm = paint_map(mini, order)
        assert pm.intensity[pm.raster.grid.cell_of((50.0, 150.0))] == 9
        assert pm.intensity[pm.raster.grid.cell_of((50.0, 110.0))] == 3
        assert pm.peak == 9


def test_paint_outside_the_body_does_not_count(mini):
    """Strokes beyond the skin silhouette paint nothing."""
    s = summarise(mini, [Stroke(((-100.0, 50.0), (-40.0, 50.0)), intensity=5)])
    assert s.area_percent == 0.0 and s.peak == 0 and s.sides == ()


def test_sides_follow_the_midline(mini):
    """x below the midline is the person's left (a back view); each cell keeps its own side."""
    raster = body_raster(mini)
    assert raster.midline == 100.0
    assert stroke_side(((40.0, 10.0), (60.0, 10.0)), raster.midline) == "left"
    assert stroke_side(((140.0, 10.0), (160.0, 10.0), (90.0, 10.0)), raster.midline) == "right"
    pm = paint_map(mini, [Stroke(((80.0, 100.0), (120.0, 100.0)), width=8.0)])
    assert pm.sides == ("left", "right")
    assert all(pm.raster.grid.centre(c)[0] < 100 for c in pm.cells_on("left"))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 200), st.floats(0, 400)), min_size=1, max_size=8),
    st.integers(0, 10),
    st.floats(2, 60),
)
def test_area_is_a_percentage_and_erasing_everything_empties(points, level, width):
    """Any stroke paints 0-100 % of the back, and the same stroke as an eraser undoes it."""
    atlas = mini_atlas()
    stroke = Stroke(tuple(points), intensity=level, width=width)
    pm = paint_map(atlas, [stroke])
    assert 0.0 < pm.area_percent <= 100.0 or not pm.intensity
    assert pm.peak == (level if pm.intensity else 0)
    eraser = Stroke(tuple(points), width=width, erase=True)
    assert paint_map(atlas, [stroke, eraser]).intensity == {}


def test_real_body_raster(atlas):
    """The real body's grid spans the skin; its midline is x = 500."""
    raster = body_raster(atlas)
    assert raster.midline == pytest.approx(500, abs=2)
    assert len(raster.body) * 16 == pytest.approx(atlas.geometry.shapes["skin"].area, rel=0.02)
