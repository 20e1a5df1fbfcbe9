"""The calf's depth levels and the fibular-neck stretch, clicked through the real main window."""

from __future__ import annotations

import pytest

from bodymap.core import state as ops
from bodymap.core.atlas import marker_centre
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState
from bodymap.ui.student.layers_panel import depth_caption
from tests.windows import click_scene, make_window


@pytest.fixture
def window(qtbot, atlas):
    return make_window(qtbot, atlas)


@pytest.mark.parametrize("side", ["left", "right"])
def test_one_calf_point_answers_gastrocnemius_soleus_then_tibialis_posterior(
    qtbot, window, atlas, side
):
    """The same spot in the upper calf, clicked at levels 0, 1 and 2, selects the muscle the
    user sees there: gastrocnemius, then soleus, then tibialis posterior (deep compartment);
    the tibial nerve there is dashed until soleus is peeled."""
    spot = marker_centre(atlas.trigger_points("tibialis_posterior", side)[0])
    nerve_keys = {s.key for s in atlas.stretch_shapes("tibial_calf", side)}
    for level, muscle in ((0, "gastrocnemius"), (1, "soleus"), (2, "tibialis_posterior")):
        window.store.set(ops.set_depth(ViewState(), atlas, side, level))
        click_scene(qtbot, window, *spot)
        assert window.store.state.selection == Ref(muscle, side), level
        look = window.scene.look
        assert look.selected == {f"{muscle}-{side}"}
        assert (nerve_keys <= look.beneath) == (level < 2)
        item = window.scene.items_by_key[f"{muscle}-{side}"]
        assert item.isVisible()


def test_fibularis_longus_click_lights_the_fibular_neck_dashed_and_emphasised(qtbot, window, atlas):
    """Clicking fibularis longus's trigger point selects it; the scene's fibular_head items are
    lit, emphasised (the stretch it can press on) and drawn as beneath muscle; nothing else is
    emphasised."""
    side = "left"
    window.store.set(ViewState())
    spot = marker_centre(atlas.trigger_points("fibularis_longus", side)[0])
    click_scene(qtbot, window, *spot)
    assert window.store.state.selection == Ref("fibularis_longus", side)
    keys = {s.key for s in atlas.stretch_shapes("fibular_head", side)}
    look = window.scene.look
    assert look.emphasised == keys
    for key in keys:
        flags = window.scene.flags_for(key, look)
        assert flags.lit and flags.emphasised and flags.beneath, flags
        assert window.scene.items_by_key[key].isVisible()


def test_depth_caption_speaks_of_the_calf_and_where_its_nerves_lie(atlas):
    """Each level's caption names the calf muscles drawn there and where the tibial nerve lies:
    under gastrocnemius and soleus, through the soleal arch under soleus, then exposed on the
    deep muscles; the fibular nerve is beneath fibularis longus at every level."""
    c0, c1, c2 = (depth_caption(atlas, level) for level in (0, 1, 2))
    calf = {
        lvl: next(line for line in c.splitlines() if line.startswith("Calf:"))
        for lvl, c in enumerate((c0, c1, c2))
    }
    assert "Gastrocnemius" in calf[0] and "Gastrocnemius" not in calf[1]
    assert "Soleus" in calf[1] and "Soleus" not in calf[2]
    assert "Tibialis posterior" in calf[2] and "Flexor digitorum longus" in calf[2]
    assert "Tibialis posterior" not in calf[0] + calf[1]
    assert "beneath gastrocnemius and soleus" in c0
    assert "arch of soleus" in c1 and "dashed" in c1.split("Tibial nerve:")[1].splitlines()[0]
    assert "exposed below the soleal arch" in c2
    assert all("beneath fibularis longus" in c for c in (c0, c1, c2))
    assert "Multifidus" in c1 and "Longissimus" not in c1.split("Buttock:")[0]
