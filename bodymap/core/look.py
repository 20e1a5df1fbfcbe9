"""What to draw and how, derived from (atlas, state): one pure function the scene mirrors."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bodymap.core.atlas import Atlas
from bodymap.core.ids import SIDES, Side
from bodymap.core.state import ViewState

# At which depth levels each stretch of the nerve lies hidden beneath muscle (drawn dashed).
BENEATH_AT: dict[str, frozenset[int]] = {
    "roots": frozenset({0, 1, 2}),
    "infrapiriform": frozenset({0}),
    "short_rotators": frozenset({0}),
    "ischiofemoral": frozenset({0}),
    "thigh_upper": frozenset({0}),
    "thigh_lower": frozenset({0}),
    "tibial_popliteal": frozenset(),
    "tibial_calf": frozenset({0, 1}),  # under gastrocnemius, then through the soleal arch
    "fibular_popliteal": frozenset(),
    "fibular_head": frozenset({0, 1, 2}),  # round the fibular neck beneath fibularis longus
}


@dataclass(frozen=True, slots=True)
class Look:
    """Shape keys by role; the scene styles each item from the sets it belongs to."""

    visible: frozenset[str]
    selected: frozenset[str]
    hovered: frozenset[str]
    picked: frozenset[str]
    lit: frozenset[str]
    emphasised: frozenset[str]
    beneath: frozenset[str]
    markers: frozenset[str]
    zones: frozenset[str]
    outlined_regions: frozenset[str]
    article: str


def _sides(side: Side | None) -> tuple[Side, ...]:
    return SIDES if side is None else (side,)


def muscle_visible(atlas: Atlas, state: ViewState, muscle_id: str, side: Side) -> bool:
    """True when a muscle is drawn on that side at the current depth and layers."""
    st = atlas.structure(muscle_id)
    layer = "superficial_muscles" if st.layer == "superficial" else "deep_muscles"
    return layer in state.layers and state.depth_of(side) in st.shown_at


def stretch_keys(atlas: Atlas, stretches: tuple[str, ...], sides: tuple[Side, ...]) -> set[str]:
    """The shape keys of some nerve stretches on some sides."""
    return {s.key for st in stretches for side in sides for s in atlas.stretch_shapes(st, side)}


def hovered_keys(
    atlas: Atlas, state: ViewState, visible: frozenset[str] | set[str]
) -> frozenset[str]:
    """The shape keys outlined for the structure under the pointer (none if it is selected)."""
    hovered: set[str] = set()
    hv = state.hover
    if hv is not None and hv != state.selection:
        hst = atlas.structure(hv.id)
        for side in _sides(hv.side):
            if hst.kind in ("muscle", "region"):
                o = atlas.outline(hv.id, side)
                if o is not None and (hst.kind == "region" or o.key in visible):
                    hovered.add(o.key)
            else:
                hovered |= stretch_keys(atlas, hst.stretches, (side,)) & visible
    return frozenset(hovered)


def rehover_look(atlas: Atlas, look: Look, state: ViewState) -> Look:
    """``derive_look(atlas, state)`` when ``look`` was derived from a state that differs from
    ``state`` in the hover only (a pointer move): only the hovered outlines are found again."""
    return replace(look, hovered=hovered_keys(atlas, state, look.visible))


def derive_look(atlas: Atlas, state: ViewState) -> Look:
    """Compute every shape's role from the atlas and the state."""
    geo = atlas.geometry
    visible: set[str] = set()
    beneath: set[str] = set()
    for shape in geo.shapes.values():
        cls = shape.cls
        if (
            (cls == "skin" and "skin" in state.layers)
            or (cls == "bone" and "bones" in state.layers)
            or (cls == "context" and "superficial_muscles" in state.layers)
        ):
            visible.add(shape.key)
        elif cls == "muscle" and shape.side:
            if muscle_visible(atlas, state, shape.structure_id, shape.side):
                visible.add(shape.key)
        elif cls == "nerve" and shape.side and "nerves" in state.layers:
            visible.add(shape.key)
            stretch = shape.attrs.get("stretch", "")
            if state.depth_of(shape.side) in BENEATH_AT.get(stretch, frozenset()):
                beneath.add(shape.key)
        elif cls == "dermatome" and "dermatomes" in state.layers:
            visible.add(shape.key)
    # Fibres and tendons follow their muscle.
    for shape in geo.shapes.values():
        if shape.cls in ("fibres", "tendon") and shape.attrs.get("for") in visible:
            visible.add(shape.key)

    selected: set[str] = set()
    picked: set[str] = set()
    lit: set[str] = set()
    emphasised: set[str] = set()
    markers: set[str] = set()
    zones: set[str] = set()
    regions: set[str] = set()
    all_stretches = atlas.all_stretches()
    sel = state.selection
    if sel is not None:
        st = atlas.structure(sel.id)
        sides = _sides(sel.side)
        if st.kind == "muscle":
            for side in sides:
                outline = atlas.outline(sel.id, side)
                if outline is not None and outline.key in visible:
                    selected.add(outline.key)
                if "trigger_points" in state.layers:
                    markers |= {m.key for m in atlas.trigger_points(sel.id, side)}
                if "referral_zones" in state.layers:
                    zones |= {z.key for z in atlas.zones(sel.id, side)}
            lit = stretch_keys(atlas, all_stretches, sides)
            emphasised = stretch_keys(atlas, st.nerve_stretches, sides)
        elif st.kind == "region":
            for side in sides:
                outline = atlas.outline(sel.id, side)
                if outline is not None:
                    regions.add(outline.key)
                for m in st.muscles:
                    mo = atlas.outline(m, side)
                    if mo is not None and mo.key in visible:
                        picked.add(mo.key)
            lit = stretch_keys(atlas, all_stretches, sides)
            emphasised = stretch_keys(atlas, st.nerve_stretches, sides)
        elif st.kind == "nerve":
            course = st.stretches
            if sel.id == "sciatic_nerve":
                course = all_stretches  # roots to branches
            lit = stretch_keys(atlas, course, sides)
            emphasised = stretch_keys(atlas, st.stretches, sides)
        lit &= visible
        emphasised &= visible

    return Look(
        visible=frozenset(visible),
        selected=frozenset(selected),
        hovered=hovered_keys(atlas, state, visible),
        picked=frozenset(picked),
        lit=frozenset(lit),
        emphasised=frozenset(emphasised),
        beneath=frozenset(beneath),
        markers=frozenset(markers),
        zones=frozenset(zones),
        outlined_regions=frozenset(regions),
        article=state.article,
    )
