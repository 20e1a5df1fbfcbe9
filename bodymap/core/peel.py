"""What happens to the selection when peeling hides it, and the sentence that says so.

Peeling towards the surface covers a deep muscle: the selection moves to the muscle drawn
over it (the visible, more superficial muscle whose outline overlaps it most). Peeling
deeper removes a superficial muscle: nothing covers it, so the selection is let go while its
article stays open. Either way :func:`peel_note` gives the user one sentence and the ref
that "show it" brings back.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.core.atlas import Atlas, Shape
from bodymap.core.geometry import Point
from bodymap.core.i18n import lower_first, side_name, translate
from bodymap.core.ids import Ref, Side


@dataclass(frozen=True, slots=True)
class PeelNote:
    """The selection that peeling hid, the muscle now selected instead (if any), and why."""

    hidden: Ref
    cover: str | None
    text: str


def _shown(atlas: Atlas, muscle_id: str, side: Side, level: int, layers: frozenset[str]) -> bool:
    st = atlas.structure(muscle_id)
    layer = "superficial_muscles" if st.layer == "superficial" else "deep_muscles"
    return layer in layers and level in st.shown_at


def _samples(shape: Shape, steps: int = 12) -> list[Point]:
    """A grid of points inside an outline (for "how much of it lies under that one")."""
    x0, y0, x1, y1 = shape.box
    pts = [
        (x0 + (x1 - x0) * (i + 0.5) / steps, y0 + (y1 - y0) * (j + 0.5) / steps)
        for i in range(steps)
        for j in range(steps)
    ]
    return [p for p in pts if shape.contains(p)]


def covering_muscle(atlas: Atlas, ref: Ref, level: int, layers: frozenset[str]) -> str | None:
    """The muscle drawn over ``ref`` at ``level``: shown there, shallower, overlapping most.

    Computed from the drawing's outlines, so it holds for any drawing: a grid of points inside
    the hidden muscle is tested against each visible, more superficial muscle's outline.
    """
    if ref.side is None:
        return None
    hidden = atlas.structure(ref.id)
    outline = atlas.outline(ref.id, ref.side)
    if hidden.kind != "muscle" or outline is None or level >= min(hidden.shown_at):
        return None  # only peeling towards the surface covers a muscle
    samples = _samples(outline)
    best: tuple[int, str] | None = None
    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        shape = atlas.outline(mid, ref.side)
        if mid == ref.id or shape is None or not _shown(atlas, mid, ref.side, level, layers):
            continue
        if min(st.shown_at) >= min(hidden.shown_at):
            continue  # not more superficial than the hidden muscle
        inside = sum(1 for p in samples if shape.contains(p))
        # At least a quarter of it under the other, or the two merely touch at an edge.
        if inside * 4 >= len(samples) > 0 and (best is None or inside > best[0]):
            best = (inside, mid)
    return best[1] if best else None


def peel_note(
    atlas: Atlas,
    hidden: Ref,
    level: int,
    cover: str | None,
) -> PeelNote:
    """The sentence for a selection that peeling to ``level`` hid on its side."""
    name = atlas.structure(hidden.id).name
    side = hidden.side or "right"
    if cover is not None:
        cover_name = atlas.structure(cover).name
        text = translate(
            "CorePeel",
            "{name} lies beneath {lower} at this depth on the {side} "
            "side, so {lower2} is selected now.",
        ).format(
            name=name, lower=lower_first(cover_name), side=side, lower2=lower_first(cover_name)
        )
    elif level < min(atlas.structure(hidden.id).shown_at):
        text = translate(
            "CorePeel",
            "{name} is covered at this depth on the {side} side.",
        ).format(name=name, side=side_name(side))
    else:
        text = translate(
            "CorePeel",
            "{name} is peeled away on the {side} side at this depth.",
        ).format(name=name, side=side_name(side))
    return PeelNote(hidden, cover, text)
