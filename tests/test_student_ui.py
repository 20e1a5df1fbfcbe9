"""The student's features through the real window: layers, labels, card, keyboard, quiz, theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from bodymap.core import state as ops
from bodymap.core.content import CARD_TITLES, MUSCLE_CARD_FIELDS
from bodymap.core.ids import SIDES, Ref
from bodymap.core.label_layout import overlaps
from bodymap.core.look import derive_look
from bodymap.core.picking import Picker
from bodymap.core.state import ViewState
from bodymap.core.traversal import accessible_name, visible_refs
from bodymap.ui.main_window import MainWindow
from bodymap.ui.palette import HIGH_CONTRAST, LIGHT
from bodymap.ui.student.colours import RIGHT, WRONG
from bodymap.ui.student.details_card import NERVE_CARD_FIELDS, card_html
from tests.windows import click_scene, make_window


@pytest.fixture
def window(qtbot, mini):
    return make_window(qtbot, mini)


# --- layers -------------------------------------------------------------------------------
def test_hidden_layer_is_neither_visible_nor_clickable(qtbot, window):
    """Unticking "Deep muscles" hides piriformis and a click there no longer selects it."""
    panel = window.student.layers_dock.widget()
    click_scene(qtbot, window, 130, 66)
    assert window.store.state.selection == Ref("piriformis", "right")
    panel.checks["deep_muscles"].setChecked(False)
    assert "deep_muscles" not in window.store.state.layers
    assert not window.scene.items_by_key["piriformis-right"].isVisible()
    click_scene(qtbot, window, 130, 66)
    assert window.store.state.selection is None or window.store.state.selection.id != "piriformis"
    panel.checks["deep_muscles"].setChecked(True)
    assert window.scene.items_by_key["piriformis-right"].isVisible()
    click_scene(qtbot, window, 130, 66)
    assert window.store.state.selection == Ref("piriformis", "right")


def test_picker_ignores_shapes_of_a_hidden_layer(mini):
    """The picker answers only from look.visible: with nerves hidden the nerve cannot be hit."""
    picker = Picker(mini)
    on = derive_look(mini, ViewState(depth=(1, 1)))
    off = derive_look(mini, ops.toggle_layer(ViewState(depth=(1, 1)), mini, "nerves", False))
    assert picker.pick(on, (150.0, 300.0)) == Ref("sciatic_nerve", "right")
    assert picker.pick(off, (150.0, 300.0)) != Ref("sciatic_nerve", "right")


def test_every_layer_check_box_follows_the_store(qtbot, window):
    """Each layer's check box mirrors the state, whoever changes it (the store is the truth)."""
    panel = window.student.layers_dock.widget()
    for layer, check in panel.checks.items():
        before = layer in window.store.state.layers
        assert check.isChecked() == before
        window.store.update(ops.toggle_layer, window.atlas, layer)
        assert check.isChecked() == (not before)


def test_depth_control_and_toolbar_combos_stay_in_step(qtbot, window):
    """Peeling the left side with the slider moves the toolbar's combo, and the other way round."""
    panel = window.student.layers_dock.widget()
    panel.side_buttons["left"].setChecked(True)
    panel.slider.setValue(2)
    assert window.store.state.depth[0] == 2
    assert window.depth_left.currentIndex() == 2
    window.set_depth("left", 0)
    assert panel.slider.value() == 0
    assert "hidden beneath gluteus maximus" in panel.caption.text()
    panel.side_buttons["both"].setChecked(True)
    panel.slider.setValue(2)
    assert window.store.state.depth == (2, 2)
    assert "exposed" in panel.caption.text()


# --- labels -------------------------------------------------------------------------------
def _placed(window):
    item = window.student.labels.item
    vp = window.view.viewport()
    return item.relayout(window.view.viewportTransform(), vp.width(), vp.height())


def test_labels_do_not_overlap_and_keep_their_screen_size(qtbot, atlas):
    """On the real drawing, labels never overlap and their boxes keep one height when zooming."""
    w = make_window(qtbot, atlas, ViewState(depth=(1, 2)))
    w.student.act_labels.setChecked(True)
    assert "labels" in w.store.state.layers and w.student.labels.item.active()
    heights = set()
    for zoom in (1.0, 2.0, 4.0):
        w.view.fit_body()
        w.view.zoom_by(zoom)
        placed = _placed(w)
        assert placed and overlaps(placed) == []
        heights |= {round(p.box[3] - p.box[1], 3) for p in placed}
    assert len(heights) == 1


def test_latin_switch_relabels(qtbot, atlas):
    """The Latin switch replaces 'Piriformis' by 'musculus piriformis' on the labels."""
    w = make_window(qtbot, atlas, ViewState(depth=(1, 1)))
    w.student.act_labels.setChecked(True)
    _placed(w)
    assert w.student.labels.item.texts["piriformis:right"] == "Piriformis"
    w.student.act_latin.setChecked(True)
    _placed(w)
    texts = w.student.labels.item.texts
    assert texts["piriformis:right"] == "musculus piriformis"
    assert texts["sciatic_nerve:left"] == "nervus ischiadicus"
    assert texts["common_fibular_nerve:left"] == "nervus fibularis communis"


# --- details card -------------------------------------------------------------------------
def test_every_muscle_card_has_every_field_filled(atlas):
    """Each muscle's card fills all eight fields, each with its source, and the card shows them."""
    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        html = card_html(atlas, Ref(mid, "right"), LIGHT)
        for field in MUSCLE_CARD_FIELDS:
            cf = st.card[field]
            assert cf.text.strip() and cf.source.strip(), (mid, field)
            assert CARD_TITLES[field] in html
        assert html.count("Source:") + html.count("Sources:") == len(MUSCLE_CARD_FIELDS)
    for nid in atlas.ids("nerve"):
        html = card_html(atlas, Ref(nid, "left"), LIGHT)
        assert all(CARD_TITLES[f] in html for f in NERVE_CARD_FIELDS), nid


def test_card_follows_the_selection_and_says_where_sources_disagree(qtbot, atlas):
    """Selecting piriformis shows its card, including the sources' disagreement on its roots."""
    w = make_window(qtbot, atlas)
    w.select(Ref("piriformis", "right"))
    text = w.student.details.plain_text()
    assert text.startswith("Piriformis") and "musculus piriformis" in text
    assert "Nerve supply" in text and "disagree" in text
    w.clear_selection()
    assert "Select a muscle or a nerve" in w.student.details.plain_text()


# --- keyboard and accessibility ------------------------------------------------------------
def test_tab_reaches_every_visible_structure_on_both_sides(qtbot, atlas):
    """Tab walks every visible muscle and nerve once, left side first, then lets focus leave."""
    w = make_window(qtbot, atlas, ViewState(depth=(0, 2)))
    w.view.setFocus()
    nav = w.student.keyboard
    seen = []
    for _ in range(200):
        qtbot.keyClick(w.view, Qt.Key.Key_Tab)
        if nav.focus is None:
            break
        seen.append(nav.focus)
        assert nav.ring.isVisible()
        child = w.student.accessible.child_for(nav.focus)
        assert child.text(QAccessible.Text.Name) == accessible_name(atlas, nav.focus)
    expected = visible_refs(atlas, w.scene.look)
    assert sorted(map(str, seen)) == sorted(map(str, expected))
    assert {r.side for r in seen} == set(SIDES)
    sides = [r.side for r in seen]
    assert sides == sorted(sides, key=SIDES.index)  # all of the left, then all of the right
    assert not nav.ring.isVisible()


def test_enter_selects_and_arrows_cross_sides(qtbot, window):
    """Enter selects the focused structure; Right arrow jumps to the same one on the right."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    first = window.student.keyboard.focus
    assert first is not None and first.side == "left"
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.student.keyboard.focus.side == "right"
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.store.state.selection == window.student.keyboard.focus


def test_accessible_names_exist_for_all(atlas):
    """Every muscle and nerve on each side has a spoken name naming side and kind."""
    assert (
        accessible_name(atlas, Ref("piriformis", "right"))
        == "piriformis, right, muscle, deep layer"
    )
    for ref in atlas.refs():
        st = atlas.structure(ref.id)
        if st.kind == "region":
            continue
        name = accessible_name(atlas, ref)
        assert name.startswith(st.name[:1].lower() + st.name[1:]) and ref.side in name
        assert st.kind in name


# --- quiz ---------------------------------------------------------------------------------
def test_quiz_wrong_click_reveals_the_right_muscle_on_the_drawing(qtbot, window):
    """A wrong click is outlined red, the right muscle blue; labels are hidden while asking."""
    window.store.update(ops.toggle_layer, window.atlas, "labels", True)
    quiz = window.student.quiz
    quiz.seed = 11
    quiz.start(("click",))
    assert window.store.state.mode == "quiz"
    assert not window.student.labels.item.active()  # labels hidden for "click the …"
    q = quiz.question
    assert q is not None
    look = window.scene.look
    wrong = next(
        r
        for r in visible_refs(window.atlas, look)
        if r.id != q.muscle and window.atlas.structure(r.id).kind == "muscle"
    )
    outline = window.atlas.outline(wrong.id, wrong.side)
    from tests.probes import clickable_point

    x, y = clickable_point(window.atlas, look, wrong)
    click_scene(qtbot, window, x, y)
    assert quiz.quiz.score == (0, 1)
    colours = quiz.feedback_colours()
    assert colours[outline.key] == WRONG
    blue = window.scene.palette.selection.upper()
    right_keys = [k for k, c in colours.items() if c == blue]
    assert right_keys and all(k.startswith(q.muscle + "-") for k in right_keys)
    assert window.store.state.selection is None  # a quiz click answers, it does not select
    assert "Not quite" in quiz.panel.result.text()
    quiz.next_question()
    assert quiz.feedback_colours() == {}
    quiz.stop()
    assert window.store.state.mode == "explore" and "labels" in window.store.state.layers
    assert window.view.interaction is None


def test_quiz_right_click_turns_green(qtbot, window):
    """Clicking the muscle asked for outlines it in green and scores a point."""
    quiz = window.student.quiz
    quiz.seed = 3
    quiz.start(("click",))
    q = quiz.question
    side = q.side or next(
        s for s in SIDES if window.atlas.outline(q.muscle, s).key in window.scene.look.visible
    )
    from tests.probes import clickable_point

    x, y = clickable_point(window.atlas, window.scene.look, Ref(q.muscle, side))
    click_scene(qtbot, window, x, y)
    assert quiz.quiz.score == (1, 1)
    assert set(quiz.feedback_colours().values()) == {RIGHT}


def test_referral_question_shows_zones_and_buttons_and_ends_with_a_summary(qtbot, window):
    """A referral question shades the zones; a full round ends with a summary of what to revise."""
    quiz = window.student.quiz
    quiz.seed = 5
    quiz.start(("referral",))
    q = quiz.question
    assert q.kind == "referral"
    zone_keys = {z.key for z in window.atlas.zones(q.muscle, q.side)}
    assert zone_keys and zone_keys <= window.scene.look.zones
    buttons = [b for b in quiz.panel.choice_buttons if b.isVisibleTo(quiz.panel)]
    assert len(buttons) == len(q.choices)
    wrong = next(i for i, c in enumerate(q.choices) if c != q.muscle)
    buttons[wrong].click()
    assert quiz.quiz.score == (0, 1)
    assert buttons[wrong].text().startswith("✗")
    assert any(b.text().startswith("✓") for b in buttons)
    buttons[(wrong + 1) % len(buttons)].click()  # a second answer does not count
    assert quiz.quiz.score == (0, 1)
    while not quiz.quiz.finished:
        quiz.next_question()
        if quiz.question is not None:
            quiz.answer_choice(quiz.question.muscle)
    quiz.next_question()
    text = quiz.panel.summary.text()
    assert "Score:" in text and "Revise:" in text
    assert window.atlas.structure(q.muscle).name in text


# --- theme --------------------------------------------------------------------------------
def test_high_contrast_theme_switches_the_plate_and_back(qtbot, window):
    """View ▸ Theme's high-contrast item recolours the scene at run time, and back again."""
    act = window.student.act_high_contrast
    theme_menu = next(a.menu() for a in window.menu_view.actions() if a.text() == "&Theme")
    assert act in theme_menu.actions()
    act.setChecked(True)
    assert window.scene.backgroundBrush().color().name().upper() == HIGH_CONTRAST.background
    assert window.scene.items_by_key["piriformis-right"].palette is HIGH_CONTRAST
    assert window.student.labels.item.palette is HIGH_CONTRAST
    act.setChecked(False)
    assert window.scene.backgroundBrush().color().name().upper() == LIGHT.background.upper()
    assert window.scene.items_by_key["skin"].palette is LIGHT


def test_text_scales_with_the_system_font(qtbot, window):
    """Labels, quiz prompt and feedback tags grow with the application font, never fixed pixels."""
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.student.labels import label_point_size

    app = QApplication.instance()
    old = app.font()
    try:
        small = label_point_size()
        big_font = app.font()
        big_font.setPointSizeF(old.pointSizeF() * 2)
        app.setFont(big_font)
        assert label_point_size() == pytest.approx(small * 2, rel=0.01)
        assert window.student.labels.item.font().pointSizeF() == pytest.approx(small * 2, rel=0.01)
    finally:
        app.setFont(old)


def test_started_in_high_contrast_the_switch_is_on(qtbot, mini):
    """A window built with the high-contrast palette shows the View menu switch ticked."""
    from PySide6.QtWidgets import QApplication

    base = QApplication.palette()
    w = MainWindow(mini, HIGH_CONTRAST)
    qtbot.addWidget(w)
    try:
        assert w.student.act_high_contrast.isChecked()
        assert (
            QApplication.palette().color(QApplication.palette().ColorRole.Window).name()
            == "#ffffff"
        )
        w.student.act_high_contrast.setChecked(False)
        assert w.scene.palette is LIGHT
    finally:
        QApplication.setPalette(base)


def test_tabbing_into_the_drawing_focuses_its_first_structure(qtbot, window):
    """Focus arriving by Tab rings the first structure at once, so no key press is lost."""
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(
        window.view, QFocusEvent(QFocusEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason)
    )
    nav = window.student.keyboard
    assert nav.focus == nav.order()[0]
    assert nav.ring.isVisible()
