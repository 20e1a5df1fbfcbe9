"""What a screen reader finds on the drawing: one entry per structure drawn now (no Qt).

The body map's accessible children are built from these entries, in the order Tab walks
the muscles and nerves (``traversal.focus_order``), followed by the regions (left side,
then right, top to bottom), which a click also selects. Each entry carries the spoken name,
a one-line description and a box in drawing coordinates; the Qt layer maps the box to the
screen and turns the rest into roles and states.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.core.atlas import Atlas, Shape
from bodymap.core.geometry import BBox, union_bbox
from bodymap.core.i18n import translate
from bodymap.core.ids import SIDES, Ref
from bodymap.core.look import Look
from bodymap.core.state import ViewState
from bodymap.core.traversal import accessible_description, accessible_name, focus_order, ref_shapes


@dataclass(frozen=True, slots=True)
class AccessibleEntry:
    """One structure as assistive technology sees it."""

    ref: Ref
    name: str
    description: str
    box: BBox  # drawing coordinates
    selected: bool


def entry_shapes(atlas: Atlas, look: Look, ref: Ref) -> list[Shape]:
    """The shapes that stand for a structure on one side: its visible outline or stretches,
    or for a region its click area (regions answer a click wherever no muscle does)."""
    if ref.side is None:
        return []
    if atlas.structure(ref.id).kind == "region":
        outline = atlas.outline(ref.id, ref.side)
        return [outline] if outline is not None else []
    return ref_shapes(atlas, look, ref)


def region_refs(atlas: Atlas) -> list[Ref]:
    """Every region with a drawn click area: the left side first, each top to bottom."""
    refs = [
        Ref(rid, side)
        for side in SIDES
        for rid in atlas.ids("region")
        if atlas.outline(rid, side) is not None
    ]

    def key(ref: Ref) -> tuple[int, float]:
        outline = atlas.outline(ref.id, ref.side or "left")
        return SIDES.index(ref.side or "left"), outline.box[1] if outline else 0.0

    return sorted(refs, key=key)


def is_selected(state: ViewState, ref: Ref) -> bool:
    """True when the selection is this structure on this side (or on every side)."""
    sel = state.selection
    return sel is not None and sel.id == ref.id and sel.side in (None, ref.side)


def accessible_entries(atlas: Atlas, state: ViewState, look: Look) -> list[AccessibleEntry]:
    """The drawing's accessible children now: visible muscles and nerves, then regions."""
    entries = []
    for ref in [*focus_order(atlas, look), *region_refs(atlas)]:
        shapes = entry_shapes(atlas, look, ref)
        if not shapes:
            continue
        entries.append(
            AccessibleEntry(
                ref=ref,
                name=accessible_name(atlas, ref),
                description=accessible_description(atlas, look, ref, keyboard_hint=False),
                box=union_bbox(s.box for s in shapes),
                selected=is_selected(state, ref),
            )
        )
    return entries


def selection_announcement(atlas: Atlas, old: ViewState | None, new: ViewState) -> str | None:
    """What to say once when the selection changes ("Selected: piriformis, right, ..."),
    or None when it did not change to a structure."""
    sel = new.selection
    if sel is None or (old is not None and old.selection == sel):
        return None
    return translate(
        "CoreAccessibleTree",
        "Selected: {accessible_name}. The article beside the drawing explains it.",
    ).format(accessible_name=accessible_name(atlas, sel))
