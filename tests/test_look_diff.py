"""Restyling only what changed shows exactly what restyling everything shows."""

from __future__ import annotations

import random

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.look import derive_look, rehover_look
from bodymap.core.state import ViewState
from bodymap.ui.scene import BodyScene
from tests.windows import make_window


def styles(scene: BodyScene) -> dict[str, tuple[object, ...]]:
    """What every plate item shows: visible and flags; when shown, z, pen, brush, core pen."""
    out: dict[str, tuple[object, ...]] = {}
    for key, item in scene.items_by_key.items():
        drawn: tuple[object, ...] = (item.isVisible(), item.flags_now)
        if item.isVisible():
            drawn += (item.zValue(),)
            if hasattr(item, "pen"):
                drawn += (item.pen(), item.brush(), getattr(item, "core_pen", None))
        out[key] = drawn
    return out


def test_a_walk_of_changes_looks_like_a_scene_built_for_the_last_state(qapp, mini):
    """After every selection, hover, layer or depth change, each item matches a fresh scene."""
    scene = BodyScene(mini)
    rng = random.Random(5)
    refs = [Ref(i, side) for i in mini.structures for side in (None, "left", "right")]
    state = ViewState()
    scene.apply(derive_look(mini, state))
    for step in range(120):
        roll = rng.random()
        if roll < 0.45:
            state = ops.select(state, mini, rng.choice(refs))
        elif roll < 0.7:
            state = ops.hover(state, rng.choice([*refs, None]))
        elif roll < 0.8:
            state = ops.clear(state)
        elif roll < 0.9:
            layer = rng.choice(sorted(state.layers | {"referral_zones", "nerves"}))
            state = ops.toggle_layer(state, mini, layer, layer not in state.layers)
        else:
            state = ops.set_depth(state, mini, rng.choice(["left", "right"]), rng.randint(0, 2))
        look = derive_look(mini, state)
        scene.apply(look)
        fresh = BodyScene(mini)
        fresh.apply(look)
        assert styles(scene) == styles(fresh), step


def test_a_card_chosen_while_hidden_is_written_when_shown(qtbot, mini):
    """The closed Details card skips its work on a click, yet shows the right card when opened."""
    w = make_window(qtbot, mini)
    w.select(Ref("piriformis", "right"))
    w.select(Ref("gluteus_maximus", "left"))
    assert not w.student.details.isVisible()
    w.student.details_dock.show()
    qtbot.waitUntil(w.student.details.isVisible)
    assert w.student.details.browser.toPlainText().startswith("Gluteus maximus")
    w.select(Ref("piriformis", "left"))  # open: it follows at once
    assert w.student.details.browser.toPlainText().startswith("Piriformis")


def test_labels_repaint_the_canvas_only_while_they_are_drawn(qtbot, mini):
    """With the labels layer off a click asks no whole-canvas repaint; on, and when switched
    off (to wipe them), it does."""
    w = make_window(qtbot, mini)
    item = w.student.labels.item
    look = w.scene.look
    assert look is not None
    other = derive_look(mini, ops.select(w.store.state, mini, Ref("piriformis", "right")))
    assert item.set_look(other, Ref("piriformis", "right"), False) is False
    assert item.set_look(other, Ref("piriformis", "right"), True) is True  # switched on
    assert item.set_look(look, None, True) is True  # drawn: a new look moves them
    assert item.set_look(look, None, False) is True  # switched off: wipe them
    assert item.set_look(other, None, False) is False


def test_a_pointer_move_relooks_like_a_full_derivation(mini):
    """Finding only the hovered outlines again gives the Look derive_look gives, in every case."""
    refs = [None, *(Ref(i, side) for i in mini.structures for side in (None, "left", "right"))]
    rng = random.Random(9)
    state = ViewState()
    for _ in range(200):
        if rng.random() < 0.3:
            state = ops.select(state, mini, rng.choice(refs[1:]))
        if rng.random() < 0.1:
            state = ops.set_depth(state, mini, rng.choice(["left", "right"]), rng.randint(0, 2))
        look = derive_look(mini, state)
        moved = ops.hover(state, rng.choice(refs))
        assert rehover_look(mini, look, moved) == derive_look(mini, moved)
        state = moved


def test_a_card_chosen_again_is_its_kept_document_and_a_theme_renders_it_anew(qtbot, mini):
    """The open card swaps in the document it rendered before; a new theme's card is new."""
    w = make_window(qtbot, mini)
    w.student.details_dock.show()
    qtbot.waitUntil(w.student.details.isVisible)
    card = w.student.details
    w.select(Ref("piriformis", "right"))
    first, text = card.browser.document(), card.browser.toPlainText()
    w.select(Ref("gluteus_maximus", "left"))
    assert card.browser.toPlainText().startswith("Gluteus maximus")
    w.select(Ref("piriformis", "right"))
    assert card.browser.document() is first and card.browser.toPlainText() == text
    w.student.theme.apply("dark")
    try:
        assert card.browser.document() is not first
        assert card.browser.toPlainText() == text
    finally:
        w.student.theme.apply("light")
