"""What the user is looking at, as one immutable value, and the small named changes to it.

Every change is a pure function ``f(state, ...) -> state``; the GUI keeps the current
value in a store and redraws from the difference. Nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import Point
from bodymap.core.ids import SIDES, Ref, Side
from bodymap.core.peel import PeelNote, covering_muscle, peel_note

LAYERS = (
    "skin",
    "bones",
    "superficial_muscles",
    "deep_muscles",
    "nerves",
    "trigger_points",
    "referral_zones",
    "labels",
    "dermatomes",
)
DEFAULT_LAYERS = frozenset(LAYERS) - {"labels", "dermatomes"}
# Left superficial, right with gluteus maximus peeled: both layers reachable at a glance.
DEFAULT_DEPTH: tuple[int, int] = (0, 1)
OVERVIEW = "overview"


@dataclass(frozen=True, slots=True)
class Stroke:
    """One stroke of the pain drawing, in drawing coordinates."""

    points: tuple[Point, ...]
    intensity: int = 5  # 0-10
    width: float = 28.0
    erase: bool = False
    side: Side | None = None


@dataclass(frozen=True, slots=True)
class ViewState:
    """The whole visible state: selection, hover, depth per side, layers, mode, drawing."""

    selection: Ref | None = None
    hover: Ref | None = None
    depth: tuple[int, int] = DEFAULT_DEPTH
    layers: frozenset[str] = DEFAULT_LAYERS
    mode: str = "explore"
    article: str = OVERVIEW
    strokes: tuple[Stroke, ...] = field(default=())

    def depth_of(self, side: Side) -> int:
        """The depth level shown on one side."""
        return self.depth[0] if side == "left" else self.depth[1]


def _with_depth(state: ViewState, side: Side, level: int) -> ViewState:
    left, right = state.depth
    return replace(state, depth=(level, right) if side == "left" else (left, level))


def visible_sides(atlas: Atlas, state: ViewState, structure_id: str) -> list[Side]:
    """The sides on which a structure is drawn at the current depth."""
    st = atlas.structure(structure_id)
    if st.kind != "muscle":
        return list(SIDES)
    layer_on = (
        "superficial_muscles" if st.layer == "superficial" else "deep_muscles"
    ) in state.layers
    return [s for s in SIDES if layer_on and state.depth_of(s) in st.shown_at]


def select(state: ViewState, atlas: Atlas, ref: Ref) -> ViewState:
    """Select a structure; a muscle hidden at its side's depth is revealed by peeling."""
    st = atlas.structure(ref.id)
    new = replace(state, selection=ref, article=ref.id)
    if st.kind != "muscle":
        return new
    sides = visible_sides(atlas, new, ref.id)
    if ref.side is None:
        if sides:
            side: Side = "right" if "right" in sides else sides[0]
            return replace(new, selection=Ref(ref.id, side))
        side = "right"
    else:
        side = ref.side
        if side in sides:
            return new
    level = min(st.shown_at)
    new = _with_depth(new, side, level)
    layer = "superficial_muscles" if st.layer == "superficial" else "deep_muscles"
    return replace(new, selection=Ref(ref.id, side), layers=new.layers | {layer})


def clear(state: ViewState) -> ViewState:
    """Nothing selected; the overview article."""
    return replace(state, selection=None, article=OVERVIEW)


def hover(state: ViewState, ref: Ref | None) -> ViewState:
    """Set (or clear) the structure under the pointer."""
    return state if state.hover == ref else replace(state, hover=ref)


def show_article(state: ViewState, article_id: str) -> ViewState:
    """Open an article that is not a structure (red flags, sources...) keeping the drawing."""
    return replace(state, article=article_id)


def set_depth(state: ViewState, atlas: Atlas, side: Side, level: int) -> ViewState:
    """Peel one side to a depth level (0-2), keeping track of a selection it hides.

    A muscle covered by the new depth hands the selection to the muscle drawn over it; a
    muscle peeled away is let go but its article stays open (see ``bodymap.core.peel``).
    """
    level = max(0, min(2, level))
    new = _with_depth(state, side, level)
    sel = state.selection
    if (
        sel is not None
        and sel.side == side
        and atlas.structure(sel.id).kind == "muscle"
        and side in visible_sides(atlas, state, sel.id)
        and side not in visible_sides(atlas, new, sel.id)
    ):
        cover = covering_muscle(atlas, sel, level, new.layers)
        if cover is not None:
            return replace(new, selection=Ref(cover, side), article=cover)
        return replace(new, selection=None, article=sel.id)
    return _drop_hidden_selection(new, atlas)


def peeled_selection(atlas: Atlas, old: ViewState, new: ViewState) -> PeelNote | None:
    """The note to show when a depth change hid ``old``'s selection, or None."""
    sel = old.selection
    if sel is None or sel.side is None or old.depth == new.depth:
        return None
    if atlas.structure(sel.id).kind != "muscle":
        return None
    if sel.side not in visible_sides(atlas, old, sel.id):
        return None
    if sel.side in visible_sides(atlas, new, sel.id):
        return None
    level = new.depth_of(sel.side)
    cover = covering_muscle(atlas, sel, level, new.layers)
    moved = new.selection == (Ref(cover, sel.side) if cover else None)
    if not moved or new.article != (cover or sel.id):
        return None  # something else changed the selection too (a new visit, a quiz)
    return peel_note(atlas, sel, level, cover)


def flip_sides(state: ViewState, atlas: Atlas) -> ViewState:
    """Swap the depth of the two sides (superficial left/deep right and back)."""
    left, right = state.depth
    new = replace(state, depth=(right, left))
    sel = new.selection
    if sel is not None and sel.side is not None and atlas.structure(sel.id).kind == "muscle":
        other: Side = "left" if sel.side == "right" else "right"
        if other in visible_sides(atlas, new, sel.id):
            new = replace(new, selection=Ref(sel.id, other))
    return _drop_hidden_selection(new, atlas)


def toggle_layer(state: ViewState, atlas: Atlas, layer: str, on: bool | None = None) -> ViewState:
    """Show or hide one layer; a selection hidden by it is cleared."""
    if layer not in LAYERS:
        raise KeyError(f"no layer '{layer}'; layers: {', '.join(LAYERS)}")
    want = (layer not in state.layers) if on is None else on
    layers = state.layers | {layer} if want else state.layers - {layer}
    return _drop_hidden_selection(replace(state, layers=frozenset(layers)), atlas)


def set_mode(state: ViewState, mode: str) -> ViewState:
    """Switch the app's mode (explore, draw, quiz, present, kiosk...)."""
    return state if state.mode == mode else replace(state, mode=mode, hover=None)


def add_stroke(state: ViewState, stroke: Stroke) -> ViewState:
    """Append a stroke to the pain drawing."""
    return replace(state, strokes=(*state.strokes, stroke))


def clear_strokes(state: ViewState) -> ViewState:
    """Remove the whole pain drawing."""
    return replace(state, strokes=())


def reset(state: ViewState, mode: str | None = None) -> ViewState:
    """Back to the welcome state: nothing a visitor did survives."""
    return ViewState(mode=mode if mode is not None else state.mode)


def _drop_hidden_selection(state: ViewState, atlas: Atlas) -> ViewState:
    sel = state.selection
    if sel is None:
        return state
    st = atlas.structure(sel.id)
    if st.kind == "nerve" and "nerves" not in state.layers:
        return clear(state)
    if st.kind == "muscle":
        sides = visible_sides(atlas, state, sel.id)
        if (sel.side is None and not sides) or (sel.side is not None and sel.side not in sides):
            return clear(state)
    return state
