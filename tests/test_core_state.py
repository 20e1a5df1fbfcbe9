"""Qt-free tests of selection, depth and the derived look, on the synthetic atlas."""

from __future__ import annotations

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.look import derive_look
from bodymap.core.picking import Picker
from bodymap.core.state import ViewState


def test_selecting_a_deep_muscle_lights_the_nerve_and_emphasises_its_stretch(mini):
    """Piriformis on the deep side: outline selected, whole nerve lit, its stretch emphasised."""
    s = ops.select(ViewState(), mini, Ref("piriformis", "right"))
    look = derive_look(mini, s)
    assert look.selected == {"piriformis-right"}
    assert look.lit == {"nerve-infrapiriform-right", "nerve-thigh-right"}
    assert look.emphasised == {"nerve-infrapiriform-right"}
    assert look.markers == {"trp-piriformis-lateral-right"}
    assert look.zones == {"zone-piriformis-essential-1-right", "zone-piriformis-spillover-1-right"}
    assert look.article == "piriformis"


def test_selecting_a_muscle_hidden_on_that_side_peels_that_side(mini):
    """Piriformis:left on the superficial left side switches the left side to depth 1."""
    s = ops.select(ViewState(), mini, Ref("piriformis", "left"))
    assert s.depth[0] == 1
    assert derive_look(mini, s).selected == {"piriformis-left"}


def test_pseudo_sciatica_muscle_lights_nerve_without_emphasis(mini):
    """Gluteus minimus does not touch the nerve: the nerve is lit, no stretch emphasised."""
    s = ops.select(ViewState(), mini, Ref("gluteus_minimus", "right"))
    look = derive_look(mini, s)
    assert look.lit and not look.emphasised
    assert s.depth[1] == 2


def test_clear_returns_to_overview_with_nothing_highlighted(mini):
    """Clearing drops the selection and every highlight."""
    s = ops.clear(ops.select(ViewState(), mini, Ref("piriformis", "right")))
    look = derive_look(mini, s)
    assert s.selection is None and s.article == "overview"
    assert not (look.selected or look.lit or look.markers or look.zones)


def test_region_selection_picks_out_its_visible_muscles(mini):
    """A region outlines itself and picks out the muscles visible on that side."""
    s = ops.select(ViewState(), mini, Ref("gluteal", "right"))
    look = derive_look(mini, s)
    assert look.outlined_regions == {"region-gluteal-right"}
    assert look.picked == {"piriformis-right"}  # right side is at depth 1: maximus peeled
    assert look.emphasised == {"nerve-infrapiriform-right"}


def test_picker_prefers_small_deep_muscle_and_falls_back_to_region(mini):
    """On the deep side a click inside piriformis picks it; below it, the region answers."""
    look = derive_look(mini, ViewState())
    picker = Picker(mini)
    assert picker.pick(look, (130.0, 66.0)) == Ref("piriformis", "right")
    assert picker.pick(look, (30.0, 66.0)) == Ref("gluteus_maximus", "left")
    assert picker.pick(look, (105.0, 190.0)) == Ref("gluteal", "right")
    # Just outside piriformis's lower edge: tolerance still finds it.
    assert picker.pick(look, (130.0, 75.0), tolerance=4.0) == Ref("piriformis", "right")
    assert picker.pick(look, (300.0, 300.0)) is None


def test_nerve_stroke_wins_over_the_muscle_beneath(mini):
    """A click on the nerve's band selects the nerve, not the muscle it lies on."""
    look = derive_look(mini, ViewState())
    assert Picker(mini).pick(look, (150.0, 100.0)) == Ref("sciatic_nerve", "right")


def test_flip_sides_moves_the_selection_to_the_side_where_it_stays_visible(mini):
    """Swapping the deep side keeps a deep muscle selected, now on the other side."""
    s = ops.select(ViewState(), mini, Ref("piriformis", "right"))
    f = ops.flip_sides(s, mini)
    assert f.depth == (1, 0)
    assert f.selection == Ref("piriformis", "left")


def test_hiding_a_layer_clears_a_selection_it_hides(mini):
    """Hiding the deep muscles drops a selected deep muscle."""
    s = ops.select(ViewState(), mini, Ref("piriformis", "right"))
    assert ops.toggle_layer(s, mini, "deep_muscles").selection is None


def test_reset_wipes_visitor_data(mini):
    """Reset returns to the welcome state: no selection, no strokes, default depth."""
    s = ops.add_stroke(
        ops.select(ViewState(), mini, Ref("piriformis", "right")),
        ops.Stroke(((1.0, 2.0), (3.0, 4.0))),
    )
    r = ops.reset(s)
    assert r == ViewState(mode=s.mode)
