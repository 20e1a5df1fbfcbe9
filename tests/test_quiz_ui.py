"""The quiz in the window: round sizes, tags beside their outlines, the Labels box, the zoom."""

from __future__ import annotations

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.look import derive_look
from bodymap.core.quiz import Quiz
from bodymap.core.traversal import visible_refs
from bodymap.ui.items import TagItem
from tests.windows import make_window


def test_core_round_sizes_ask_exactly_that_many_without_repeats(atlas):
    """A round of 10 or 20 asks that many different questions; None asks the whole pool."""
    for size in (10, 20):
        quiz = Quiz(atlas, seed=5, size=size)
        assert quiz.length == size < len(quiz.pool)
        asked = []
        while (q := quiz.next_question()) is not None:
            asked.append((q.kind, q.muscle))
            quiz.answer(None)
        assert len(asked) == size == len(set(asked))
        assert quiz.summary().lines()
    whole = Quiz(atlas, seed=5)
    assert whole.length == len(whole.pool)


def test_panel_offers_10_20_or_every_question(qtbot, atlas):
    """The Round box offers 10, 20 and every question; Start asks that many."""
    w = make_window(qtbot, atlas)
    panel = w.student.quiz.panel
    items = [(panel.round.itemData(i), panel.round.itemText(i)) for i in range(panel.round.count())]
    assert items == [(10, "10 questions"), (20, "20 questions"), (None, "Every question")]
    panel.round.setCurrentIndex(1)
    panel.start_button.click()
    assert w.student.quiz.quiz.length == 20
    assert panel.progress.text() == "Question 1 of 20"
    w.student.quiz.stop()
    panel.round.setCurrentIndex(2)
    panel.start_button.click()
    total = len(w.student.quiz.quiz.pool)
    assert panel.progress.text() == f"Question 1 of {total}" and total > 20
    w.student.quiz.stop()


def _feedback_tags(mode) -> list[TagItem]:
    return [t for t in mode.feedback if isinstance(t, TagItem)]


def test_feedback_tags_sit_beside_their_outlines_and_never_on_each_other(qtbot, atlas):
    """After a wrong click, "… is here" and "✗ …" lie off their outlines and apart."""
    w = make_window(qtbot, atlas)
    mode = w.student.quiz
    mode.seed = 3
    checked = 0
    for _round in range(6):
        mode.start(("click",))
        q = mode.question
        look = derive_look(atlas, w.store.state)
        wrong = next(
            r
            for r in visible_refs(atlas, look)
            if r.id != q.muscle and atlas.structure(r.id).kind == "muscle" and r.side
        )
        mode.answer_ref(wrong)
        tags = _feedback_tags(mode)
        assert tags, q.muscle
        view = w.view
        for tag in tags:
            text = tag.text
            target = q.muscle if "is here" in text else wrong.id
            rect = mode.tag_screen_rect(tag)
            outlines = [atlas.outline(target, side) for side in ("left", "right")]
            spans = [
                (view.mapFromScene(o.box[0], o.box[1]), view.mapFromScene(o.box[2], o.box[3]))
                for o in outlines
                if o is not None
            ]
            # The tag lies left or right of the outline of the muscle it names.
            assert spans and any(
                rect.right() <= tl.x() + 1 or rect.left() >= br.x() - 1 for tl, br in spans
            ), (text, rect, spans)
            checked += 1
        rects = [mode.tag_screen_rect(t) for t in tags]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b)
        mode.stop()
    assert checked >= 6


def test_labels_box_shows_that_the_quiz_hides_labels(qtbot, atlas):
    """During the quiz the Labels box is unticked and greyed; afterwards the choice is back."""
    w = make_window(qtbot, atlas)
    act = w.student.act_labels
    act.setChecked(True)
    assert "labels" in w.store.state.layers and act.isChecked() and act.isEnabled()
    mode = w.student.quiz
    for kinds in (("click",), ("referral",)):
        mode.start(kinds)
        assert not w.student.labels.item.active()
        assert not act.isChecked() and not act.isEnabled()
        assert "labels" in w.store.state.layers  # the user's choice is kept, not changed
        mode.stop()
        assert act.isChecked() and act.isEnabled() and w.student.labels.item.active()


def test_leaving_the_quiz_gives_back_the_zoom(qtbot, atlas):
    """The zoom and pan from before the quiz come back when it ends, whatever it did."""
    w = make_window(qtbot, atlas)
    w.select(Ref("piriformis", "right"))
    w.view.zoom_by(2.0)
    w.view.pan_by(40, -30)
    before = (w.view.transform(), w.view.mapToScene(w.view.viewport().rect().center()))
    mode = w.student.quiz
    mode.start(("click",))
    w.view.zoom_by(1.7)
    w.view.pan_by(-120, 80)
    mode.stop()
    after = (w.view.transform(), w.view.mapToScene(w.view.viewport().rect().center()))
    assert after[0] == before[0]
    assert abs(after[1].x() - before[1].x()) < 2 and abs(after[1].y() - before[1].y()) < 2
    assert w.store.state.selection == Ref("piriformis", "right")


def test_study_menu_has_one_quiz_entry(qtbot, mini):
    """ "Quiz…" is the Study menu's only quiz item (no second dock toggle beside it)."""
    w = make_window(qtbot, mini)
    menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Study")
    quiz_items = [a.text() for a in menu.actions() if "quiz" in a.text().lower()]
    assert quiz_items == ["Quiz…"]
    w.student.act_quiz.trigger()
    assert w.student.quiz.panel.dock.isVisible()
    w.store.update(ops.clear)
