"""A random walk over the Qt-free state: every named change, invariants checked after each step.

hypothesis drives select, clear, hover, set_depth, flip_sides, toggle_layer, set_mode,
add_stroke, clear_strokes, undo, redo and reset in random order. The expected lit and
emphasised nerve stretches are worked out here from the raw drawing and content, not with
derive_look's own helpers, so a slip in either shows up as a disagreement.

A few hundred walks run in CI; set BODYMAP_RANDOM_WALK_EXAMPLES=20000 for a long soak.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cache

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from bodymap.core import history as hist
from bodymap.core import state as ops
from bodymap.core.atlas import Atlas
from bodymap.core.ids import SIDES, Ref, Side
from bodymap.core.look import Look, derive_look
from bodymap.core.state import LAYERS, Stroke, ViewState
from tests.synthetic import mini_atlas

EXAMPLES = int(os.environ.get("BODYMAP_RANDOM_WALK_EXAMPLES", "200"))
WALK = settings(
    max_examples=EXAMPLES,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MODES = ("explore", "draw", "quiz", "present", "kiosk")

coords = st.floats(min_value=-50.0, max_value=2050.0, allow_nan=False, allow_infinity=False)
strokes = st.builds(
    Stroke,
    points=st.lists(st.tuples(coords, coords), min_size=1, max_size=4).map(tuple),
    intensity=st.integers(0, 10),
    width=st.floats(4.0, 80.0),
    erase=st.booleans(),
    side=st.sampled_from((None, "left", "right")),
)


def expected_nerve_roles(atlas: Atlas, state: ViewState) -> tuple[set[str], set[str]]:
    """The lit and emphasised nerve shape keys, worked out from the raw atlas data alone."""
    sel = state.selection
    if sel is None or "nerves" not in state.layers:
        return set(), set()
    structure = atlas.structures[sel.id]
    sides = SIDES if sel.side is None else (sel.side,)
    nerves = [s for s in atlas.structures.values() if s.kind == "nerve"]
    whole_course = {stretch for n in nerves for stretch in n.stretches}
    if structure.kind == "nerve":
        lit_stretches = whole_course if sel.id == "sciatic_nerve" else set(structure.stretches)
        strong = set(structure.stretches)
    else:
        lit_stretches = whole_course
        strong = set(structure.nerve_stretches)
    shapes = [s for s in atlas.geometry.shapes.values() if s.cls == "nerve" and s.side in sides]
    lit = {s.key for s in shapes if s.attrs.get("stretch") in lit_stretches}
    emphasised = {s.key for s in shapes if s.attrs.get("stretch") in strong}
    return lit, emphasised


class StateWalk(RuleBasedStateMachine):
    """The app's state as the store holds it, plus the drawing's undo history."""

    atlas: Atlas

    def __init__(self) -> None:
        super().__init__()
        self.state = ViewState()
        self.history = hist.History()
        # What undo and redo must bring back, kept independently of bodymap.core.history.
        self.model_undo: list[tuple[Stroke, ...]] = []
        self.model_redo: list[tuple[Stroke, ...]] = []
        self._look: tuple[ViewState, Look] | None = None

    @initialize()
    def start(self) -> None:
        """Every walk starts from the welcome state."""
        assert self.state == ViewState()

    # --- the changes -------------------------------------------------------------------
    def refs(self) -> st.SearchStrategy[Ref]:
        """Any structure, on either side or none."""
        return st.builds(
            Ref,
            st.sampled_from(sorted(self.atlas.structures)),
            st.sampled_from((None, "left", "right")),
        )

    @rule(data=st.data())
    def select(self, data: st.DataObject) -> None:
        """Select any structure; a muscle always ends up selected on a side where it shows."""
        ref = data.draw(self.refs())
        self.state = ops.select(self.state, self.atlas, ref)
        sel = self.state.selection
        assert sel is not None and sel.id == ref.id
        if ref.side is not None:
            assert sel.side == ref.side
        assert self.state.article == ref.id

    @rule()
    def clear(self) -> None:
        """Clear: nothing selected, the overview article."""
        self.state = ops.clear(self.state)
        assert self.state.selection is None and self.state.article == "overview"

    @rule(data=st.data())
    def hover(self, data: st.DataObject) -> None:
        """Hover over a structure or over nothing."""
        ref = data.draw(st.none() | self.refs())
        self.state = ops.hover(self.state, ref)
        assert self.state.hover == ref

    @rule(side=st.sampled_from(SIDES), level=st.integers(-1, 3))
    def set_depth(self, side: Side, level: int) -> None:
        """Peel one side; out-of-range levels are clamped to 0-2."""
        self.state = ops.set_depth(self.state, self.atlas, side, level)
        assert self.state.depth_of(side) == max(0, min(2, level))

    @rule()
    def flip_sides(self) -> None:
        """Swap which side shows the deep muscles."""
        left, right = self.state.depth
        self.state = ops.flip_sides(self.state, self.atlas)
        assert self.state.depth == (right, left)

    @rule(layer=st.sampled_from(LAYERS), on=st.sampled_from((None, True, False)))
    def toggle_layer(self, layer: str, on: bool | None) -> None:
        """Show, hide or flip one layer."""
        was = layer in self.state.layers
        self.state = ops.toggle_layer(self.state, self.atlas, layer, on)
        assert (layer in self.state.layers) == ((not was) if on is None else on)

    @rule(mode=st.sampled_from(MODES))
    def set_mode(self, mode: str) -> None:
        """Switch mode; the hover is dropped when the mode changes."""
        before = self.state.mode
        self.state = ops.set_mode(self.state, mode)
        assert self.state.mode == mode
        if before != mode:
            assert self.state.hover is None

    def _drawing_change(self, new: ViewState) -> None:
        old = self.state
        self.history = hist.record(self.history, old, new)
        if new.strokes != old.strokes:
            self.model_undo = [*self.model_undo, old.strokes][-hist.LIMIT :]
            self.model_redo = []
            # Undo straight after the change restores the drawing exactly, nothing else moves.
            _, undone = hist.undo(self.history, new)
            assert undone.strokes == old.strokes
            assert undone == replace(new, strokes=old.strokes)
        self.state = new

    @rule(stroke=strokes)
    def add_stroke(self, stroke: Stroke) -> None:
        """Draw one stroke of the pain drawing."""
        self._drawing_change(ops.add_stroke(self.state, stroke))
        assert self.state.strokes[-1] == stroke

    @rule()
    def clear_strokes(self) -> None:
        """Wipe the pain drawing (an undoable change)."""
        self._drawing_change(ops.clear_strokes(self.state))
        assert self.state.strokes == ()

    @rule()
    def undo(self) -> None:
        """Undo brings back the drawing before the last change, or does nothing."""
        before = self.state
        self.history, self.state = hist.undo(self.history, self.state)
        if self.model_undo:
            expected = self.model_undo.pop()
            self.model_redo.append(before.strokes)
            assert self.state.strokes == expected
        else:
            assert self.state == before
        assert replace(self.state, strokes=before.strokes) == before

    @rule()
    def redo(self) -> None:
        """Redo re-applies the last undone change, or does nothing."""
        before = self.state
        self.history, self.state = hist.redo(self.history, self.state)
        if self.model_redo:
            expected = self.model_redo.pop()
            self.model_undo.append(before.strokes)
            assert self.state.strokes == expected
        else:
            assert self.state == before
        assert replace(self.state, strokes=before.strokes) == before

    @rule(mode=st.sampled_from((None, *MODES)))
    def reset(self, mode: str | None) -> None:
        """Reset: nothing a visitor did survives (selection, hover, drawing, depth, layers)."""
        keep = self.state.mode if mode is None else mode
        self.state = ops.reset(self.state, mode)
        assert self.state == ViewState(mode=keep)
        assert self.state.selection is None and self.state.strokes == ()
        self.history = hist.History()
        self.model_undo, self.model_redo = [], []

    # --- what must always hold ---------------------------------------------------------
    def look(self) -> Look:
        """The look of the current state (derived once per state: the invariants share it)."""
        if self._look is None or self._look[0] is not self.state:
            self._look = (self.state, derive_look(self.atlas, self.state))
        return self._look[1]

    @invariant()
    def at_most_one_selection(self) -> None:
        """One structure at most is selected, and only its own outline shows as selected."""
        sel = self.state.selection
        look = self.look()
        if sel is None:
            assert not (look.selected or look.markers or look.zones or look.lit)
            return
        owners = {self.atlas.geometry.shapes[k].structure_id for k in look.selected}
        assert owners <= {sel.id}
        assert len(look.selected) <= (1 if sel.side else 2)
        markers = {self.atlas.geometry.shapes[k].structure_id for k in look.markers | look.zones}
        assert markers <= {sel.id}

    @invariant()
    def selected_muscle_is_drawn(self) -> None:
        """A selected muscle has a side, and it is drawn on that side (never hidden)."""
        sel = self.state.selection
        if sel is None or self.atlas.structures[sel.id].kind != "muscle":
            return
        assert sel.side is not None
        muscle = self.atlas.structures[sel.id]
        layer = "superficial_muscles" if muscle.layer == "superficial" else "deep_muscles"
        assert layer in self.state.layers
        assert self.state.depth_of(sel.side) in muscle.shown_at
        assert self.look().selected == {f"{sel.id}-{sel.side}"}

    @invariant()
    def lit_nerve_matches_the_selection(self) -> None:
        """The lit and emphasised stretches are exactly those the content names."""
        lit, emphasised = expected_nerve_roles(self.atlas, self.state)
        look = self.look()
        assert set(look.lit) == lit
        assert set(look.emphasised) == emphasised
        sel = self.state.selection
        structure = self.atlas.structures[sel.id] if sel is not None else None
        if structure is not None and structure.kind == "muscle" and not structure.touches_nerve:
            assert not look.emphasised  # pseudo-sciatica: nerve lit, no stretch singled out

    @invariant()
    def hover_never_marks_another_structure(self) -> None:
        """Hovered shapes all belong to the hovered structure."""
        hv = self.state.hover
        look = self.look()
        if hv is None:
            assert not look.hovered
            return
        owners = {self.atlas.geometry.shapes[k].structure_id for k in look.hovered}
        assert owners <= {hv.id}

    @invariant()
    def history_agrees_with_the_model(self) -> None:
        """Undo and redo are offered exactly when there is something to undo or redo."""
        assert self.history.can_undo == bool(self.model_undo)
        assert self.history.can_redo == bool(self.model_redo)


class MiniWalk(StateWalk):
    """The walk over the synthetic atlas of rectangles."""

    atlas = mini_atlas()


@cache
def _real_atlas() -> Atlas:
    from bodymap.resources import load_atlas

    return load_atlas()


class RealWalk(StateWalk):
    """The walk over the shipped drawing and content (every real structure)."""

    def __init__(self) -> None:
        self.atlas = _real_atlas()  # loaded on first use, not when pytest collects
        super().__init__()


TestMiniWalk = MiniWalk.TestCase
TestMiniWalk.settings = WALK
TestRealWalk = RealWalk.TestCase
TestRealWalk.settings = WALK
