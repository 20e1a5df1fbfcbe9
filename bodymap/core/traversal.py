"""Visible structures in anatomical order, their anchors and their spoken names (no Qt).

Used by the keyboard focus ring, the screen-reader names and the leader-line labels, so all
three agree on what is visible and where it is.
"""

from __future__ import annotations

from bodymap.core.article_view import KIND_WORDS
from bodymap.core.atlas import Atlas, Shape
from bodymap.core.geometry import Point, centroid, point_in_polygon, polygon_area
from bodymap.core.i18n import lower_first, side_name, translate
from bodymap.core.ids import SIDES, Ref, Side
from bodymap.core.look import Look

_LAYER_RANK = {"superficial": 0, "deep": 1}


def _visible_stretches(atlas: Atlas, look: Look, nerve_id: str, side: Side) -> list[Shape]:
    st = atlas.structure(nerve_id)
    return [
        s
        for stretch in st.stretches
        for s in atlas.stretch_shapes(stretch, side)
        if s.key in look.visible
    ]


def ref_shapes(atlas: Atlas, look: Look, ref: Ref) -> list[Shape]:
    """The visible shapes that draw a structure on one side (outline, or nerve stretches)."""
    if ref.side is None:
        return []
    st = atlas.structure(ref.id)
    if st.kind == "nerve":
        return _visible_stretches(atlas, look, ref.id, ref.side)
    if st.kind == "muscle":
        outline = atlas.outline(ref.id, ref.side)
        return [outline] if outline is not None and outline.key in look.visible else []
    return []


def label_point(shape: Shape) -> Point:
    """A point inside a shape for a leader line, in one pass over its outline.

    The centroid when it lies inside; otherwise the middle of the widest stretch of the
    horizontal line through it that lies inside (curved shapes). ``Shape.anchor`` finds the
    point farthest from every edge, but takes about a tenth of a second per muscle: too slow
    to wait for when labels first appear.
    """
    if not shape.closed:
        line = max(shape.rings, key=len)
        return line[len(line) // 2]
    ring = max(shape.rings, key=polygon_area)
    cx, cy = centroid(ring)
    if point_in_polygon((cx, cy), ring):
        return cx, cy
    xs: list[float] = []
    for i in range(len(ring)):
        (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % len(ring)]
        if (y1 > cy) != (y2 > cy):
            xs.append(x1 + (cy - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    spans = [(xs[k], xs[k + 1]) for k in range(0, len(xs) - 1, 2)]
    if not spans:
        return shape.anchor
    a, b = max(spans, key=lambda ab: ab[1] - ab[0])
    return (a + b) / 2.0, cy


def anchor(atlas: Atlas, look: Look, ref: Ref) -> Point | None:
    """A point on the visible structure for a label's leader line (None when hidden).

    A nerve is anchored on the middle of its visible course, preferring a stretch that lies
    open (not dashed beneath muscle) so the line points at nerve the student can see.
    """
    shapes = ref_shapes(atlas, look, ref)
    if not shapes:
        return None
    if atlas.structure(ref.id).kind != "nerve":
        return label_point(shapes[0])
    open_ = [s for s in shapes if s.key not in look.beneath] or shapes
    return label_point(open_[len(open_) // 2])


def visible_refs(atlas: Atlas, look: Look) -> list[Ref]:
    """Every muscle and nerve drawn now, one Ref per side it is drawn on."""
    return [
        Ref(sid, side)
        for sid, st in atlas.structures.items()
        if st.kind in ("muscle", "nerve")
        for side in SIDES
        if ref_shapes(atlas, look, Ref(sid, side))
    ]


def focus_order(atlas: Atlas, look: Look) -> list[Ref]:
    """Visible structures for Tab: the person's left side then the right, each top to bottom,
    superficial before deep (nerves last) where two start at the same height."""

    def key(ref: Ref) -> tuple[int, float, int, float]:
        shapes = ref_shapes(atlas, look, ref)
        top = min(s.box[1] for s in shapes)
        x = min(s.box[0] for s in shapes)
        st = atlas.structure(ref.id)
        rank = _LAYER_RANK.get(st.layer, 2)
        # Round the height so a deep muscle starting a hair above a superficial one still
        # follows it; 10 drawing units is well under the smallest muscle's height.
        return SIDES.index(ref.side or "left"), round(top / 10.0), rank, x

    return sorted(visible_refs(atlas, look), key=key)


def display_name(atlas: Atlas, structure_id: str, latin: bool = False) -> str:
    """The English name, or the Terminologia Anatomica name when asked and known."""
    st = atlas.structure(structure_id)
    return st.latin if latin and st.latin else st.name


def accessible_name(atlas: Atlas, ref: Ref) -> str:
    """What a screen reader says first: 'piriformis, right, muscle, deep layer'."""
    st = atlas.structure(ref.id)
    name = lower_first(st.name)
    parts = [name]
    if ref.side is not None:
        parts.append(side_name(ref.side))
    parts.append(translate("Article", KIND_WORDS[st.kind]) if st.kind in KIND_WORDS else st.kind)
    if st.kind == "muscle" and st.layer == "superficial":
        parts.append(translate("CoreTraversal", "superficial layer"))
    elif st.kind == "muscle" and st.layer == "deep":
        parts.append(translate("CoreTraversal", "deep layer"))
    elif st.kind == "muscle" and st.layer:
        parts.append(translate("CoreTraversal", "{layer} layer").format(layer=st.layer))
    return ", ".join(parts)


def accessible_description(
    atlas: Atlas, look: Look | None, ref: Ref, keyboard_hint: bool = True
) -> str:
    """The longer description: the summary, and for a nerve whether it lies hidden here."""
    st = atlas.structure(ref.id)
    text = st.summary or st.name
    if st.kind == "nerve" and look is not None and ref.side is not None:
        shapes = _visible_stretches(atlas, look, ref.id, ref.side)
        hidden = sum(1 for s in shapes if s.key in look.beneath)
        if shapes and hidden:
            text += translate(
                "CoreTraversal", " Part of its course here lies beneath muscle (drawn dashed)."
            )
    if st.kind == "muscle" and st.touches_nerve:
        text += translate("CoreTraversal", " It lies against the sciatic nerve or its branches.")
    return (
        text + translate("CoreTraversal", " Press Enter to select it.") if keyboard_hint else text
    )
