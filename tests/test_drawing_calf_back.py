"""The drawing of the calf, lateral leg, lower back and hip muscles added for issue 10.

Qt-free: every check reads the shipped atlas (drawing + content) and the pure look/picking code.
"""

from __future__ import annotations

import pytest

from bodymap.core import state as ops
from bodymap.core.atlas import marker_centre
from bodymap.core.candidates import nerve_or_muscle_reading, roots_under_zones
from bodymap.core.geometry import point_in_polygon
from bodymap.core.ids import SIDES, Ref
from bodymap.core.look import derive_look
from bodymap.core.picking import Picker
from bodymap.core.state import ViewState
from tests.real_ids import ISSUE_10_MUSCLES

NEW_MUSCLES = ISSUE_10_MUSCLES
CALF_DEEP = ["tibialis_posterior", "flexor_digitorum_longus", "popliteus"]


def _state(atlas, side, level):
    return ops.set_depth(ViewState(), atlas, side, level)


def _centre(shape):
    ring = shape.rings[0]
    return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))


def _dx(p):
    """Distance from the midline (x = 500): positive, whichever side."""
    return abs(p[0] - 500.0)


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("muscle", NEW_MUSCLES)
def test_every_trigger_point_is_on_the_visible_part_of_its_muscle(atlas, muscle, side):
    """At the shallowest depth that shows the muscle, a click on each of its trigger points
    picks that muscle: the marker sits inside it and no other muscle is drawn over it there."""
    st = atlas.structure(muscle)
    look = derive_look(atlas, _state(atlas, side, min(st.shown_at)))
    outline = atlas.outline(muscle, side)
    markers = atlas.trigger_points(muscle, side)
    assert {m.attrs["name"] for m in markers} == {t.name for t in st.trigger_points}
    for marker in markers:
        c = marker_centre(marker)
        assert point_in_polygon(c, outline.rings[0]), marker.key
        muscles = [s for s in atlas.geometry.of_class("muscle") if s.key in look.visible]
        top = max((s for s in muscles if s.contains(c)), key=lambda s: s.order)
        assert top.key == outline.key, f"{marker.key} is covered by {top.key}"


@pytest.mark.parametrize("side", SIDES)
def test_the_calf_peels_like_the_buttock(atlas, side):
    """Level 0 shows gastrocnemius, level 1 soleus (gastrocnemius gone), level 2 the deep
    posterior compartment (soleus gone); the mid-calf click answers the top muscle each time."""
    visible = {}
    for level in (0, 1, 2):
        look = derive_look(atlas, _state(atlas, side, level))
        visible[level] = {
            m
            for m in ("gastrocnemius", "soleus", *CALF_DEEP, "plantaris")
            if f"{m}-{side}" in look.visible
        }
    assert visible[0] == {"gastrocnemius", "soleus", "plantaris"}
    assert visible[1] == {"soleus", "popliteus", "plantaris"}
    assert visible[2] == set(CALF_DEEP)
    # at tibialis posterior's trigger point (deep upper calf) the top muscle changes per level
    picker = Picker(atlas)
    expect = {0: "gastrocnemius", 1: "soleus", 2: "tibialis_posterior"}
    for level, muscle in expect.items():
        look = derive_look(atlas, _state(atlas, side, level))
        marker = marker_centre(atlas.trigger_points("tibialis_posterior", side)[0])
        assert picker.pick(look, marker) == Ref(muscle, side), level
    look = derive_look(atlas, _state(atlas, side, 2))
    fdl_marker = marker_centre(atlas.trigger_points("flexor_digitorum_longus", side)[0])
    assert picker.pick(look, fdl_marker) == Ref("flexor_digitorum_longus", side)


@pytest.mark.parametrize("side", SIDES)
def test_the_tibial_nerve_is_dashed_until_soleus_is_peeled(atlas, side):
    """The tibial nerve's calf stretch lies beneath muscle at levels 0 and 1 and is drawn open
    on the deep muscles at level 2, where it runs over tibialis posterior."""
    keys = {s.key for s in atlas.stretch_shapes("tibial_calf", side)}
    for level, hidden in ((0, True), (1, True), (2, False)):
        look = derive_look(atlas, _state(atlas, side, level))
        assert (keys <= look.beneath) is hidden, level
        assert keys <= look.visible
    nerve = atlas.stretch_shapes("tibial_calf", side)[0].rings[0]
    tp = atlas.outline("tibialis_posterior", side).rings[0]
    on_tp = sum(1 for p in nerve if point_in_polygon(p, tp))
    assert on_tp >= len(nerve) // 3, "the nerve runs on tibialis posterior for a good stretch"


@pytest.mark.parametrize("side", SIDES)
def test_fibular_neck_stretch_runs_beneath_fibularis_longus_and_lights_for_it(atlas, side):
    """The common fibular nerve's fibular_head stretch winds round the fibular neck under
    fibularis longus (most of it inside the muscle's outline, dashed at every depth), and
    selecting fibularis longus lights and emphasises exactly that stretch."""
    stretch = atlas.stretch_shapes("fibular_head", side)
    keys = {s.key for s in stretch}
    fl = atlas.outline("fibularis_longus", side).rings[0]
    pts = [p for s in stretch for r in s.rings for p in r]
    inside = sum(1 for p in pts if point_in_polygon(p, fl))
    assert inside >= 0.6 * len(pts), f"only {inside} of {len(pts)} points under fibularis longus"
    head = atlas.geometry.shapes[f"bone-fibula-head-{side}"]
    start = stretch[0].rings[0][0]
    assert abs(start[1] - _centre(head)[1]) < 15, "it starts behind the head of the fibula"
    for level in (0, 1, 2):
        state = ops.select(_state(atlas, side, level), atlas, Ref("fibularis_longus", side))
        look = derive_look(atlas, state)
        assert look.emphasised == keys
        assert keys <= look.lit and keys <= look.beneath


@pytest.mark.parametrize("side", SIDES)
def test_soleus_sacroiliac_trigger_point_sits_above_and_lateral_to_the_lowest(atlas, side):
    """Soleus's rare lower_lateral marker is a little above and to the outer side of the lower
    one; its sacroiliac zone lies at the sacroiliac joint, and the upper-calf zone (from the
    high marker near the fibular head) is above mid-calf."""
    trp = {m.attrs["name"]: marker_centre(m) for m in atlas.trigger_points("soleus", side)}
    lower, lateral, upper = trp["lower"], trp["lower_lateral"], trp["upper"]
    assert lateral[1] < lower[1] and lower[1] - lateral[1] < 60  # above, within about 5 cm
    assert _dx(lateral) > _dx(lower)
    si = _centre(atlas.geometry.shapes[f"zone-soleus-spillover-2-{side}"])
    sacrum = atlas.geometry.shapes["bone-sacrum"].box
    assert sacrum[1] < si[1] < sacrum[3] and _dx(si) < 70, "the sacroiliac zone is at the SI joint"
    calf = _centre(atlas.geometry.shapes[f"zone-soleus-spillover-1-{side}"])
    assert upper[1] < calf[1] < 1560, (
        "the upper-calf zone lies below the high marker, above mid-calf"
    )


@pytest.mark.parametrize("side", SIDES)
def test_obturator_internus_pattern_is_the_pelvic_floor_not_a_copy_of_piriformis(atlas, side):
    """Its essential zone covers the coccyx/anal region beside the midline and no longer sits
    on piriformis's buttock zone; the spillover runs down the back of the thigh."""
    ess = atlas.zones("obturator_internus", side, "essential")
    assert len(ess) == 1
    ring = ess[0].rings[0]
    coccyx = atlas.geometry.shapes["bone-coccyx"]
    tip = max(coccyx.rings[0], key=lambda p: p[1])
    near = (500.0 + (6.0 if side == "right" else -6.0), tip[1] + 8)
    assert point_in_polygon(near, ring), "covers the coccyx tip and the anal region"
    pir = [z.rings[0] for z in atlas.zones("piriformis", side, "essential")]
    assert not any(point_in_polygon(_centre(ess[0]), r) for r in pir)
    spill = atlas.zones("obturator_internus", side, "spillover")
    assert spill and _centre(spill[0])[1] > atlas.geometry.shapes["bone-coccyx"].box[3]


@pytest.mark.parametrize("side", SIDES)
def test_s1_starts_in_the_back_outer_calf(atlas, side):
    """The S1 dermatome begins high in the posterior calf (below the knee crease) and reaches
    the heel, so gluteus minimus's posterior calf pattern reads as overlapping S1 too."""
    s1 = [
        d
        for d in atlas.geometry.of_class("dermatome")
        if d.side == side and d.attrs["root"] == "S1"
    ]
    assert len(s1) == 1
    top = s1[0].box[1]
    knee = atlas.geometry.shapes[f"bone-fibula-head-{side}"].box[1]
    assert knee < top < knee + 120, "S1 starts just below the knee, in the upper calf"
    assert s1[0].box[3] > 1880, "and reaches the heel"
    assert "S1" in roots_under_zones(atlas, "gluteus_minimus", side)
    assert "S1" in nerve_or_muscle_reading(atlas, Ref("gluteus_minimus", side))


@pytest.mark.parametrize("side", SIDES)
def test_lower_back_layers_sit_at_their_depth(atlas, side):
    """Longissimus and iliocostalis are drawn at level 0 over multifidus and quadratus
    lumborum; peeling them (level 1) shows multifidus medially and quadratus lumborum
    laterally, as in a dissection from behind."""
    look0 = derive_look(atlas, _state(atlas, side, 0))
    look1 = derive_look(atlas, _state(atlas, side, 1))
    for m in ("longissimus", "iliocostalis_lumborum"):
        assert f"{m}-{side}" in look0.visible and f"{m}-{side}" not in look1.visible
    assert f"multifidus-{side}" in look0.visible and f"multifidus-{side}" in look1.visible
    assert f"quadratus_lumborum-{side}" not in look0.visible
    order = {s.structure_id: s.order for s in atlas.geometry.of_class("muscle") if s.side == side}
    assert order["quadratus_lumborum"] < order["multifidus"] < order["longissimus"]
    ql, mf = atlas.outline("quadratus_lumborum", side), atlas.outline("multifidus", side)
    lo, il = atlas.outline("longissimus", side), atlas.outline("iliocostalis_lumborum", side)
    assert _dx(_centre(mf)) < _dx(_centre(lo)) < _dx(_centre(il)) < _dx(_centre(ql)) + 30
