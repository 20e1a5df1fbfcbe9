"""The quiz core (Qt-free): pools, grading, no-repeat draw, score and the summary."""

from __future__ import annotations

import random

import pytest

from bodymap.core.quiz import Question, Quiz, build_pool, depth_for, distractors, grade


def test_click_grading_accepts_either_side_unless_a_side_is_named():
    """'Click the piriformis' takes either side; 'on the person's left side' takes only the left."""
    either = Question("click", "piriformis", None, "Click the piriformis.")
    left = Question(
        "click", "piriformis", "left", "Click the piriformis on the person's left side."
    )
    assert grade(either, "piriformis", "left") and grade(either, "piriformis", "right")
    assert grade(left, "piriformis", "left")
    assert not grade(left, "piriformis", "right")
    assert not grade(either, "gluteus_minimus", "right")
    assert not grade(either, None, None)


def test_referral_grading_is_by_muscle():
    """A referral question is right when the chosen muscle is the one whose zones are shown."""
    q = Question("referral", "gluteus_minimus", "right", "?", ("piriformis", "gluteus_minimus"))
    assert grade(q, "gluteus_minimus")
    assert not grade(q, "piriformis")


def test_pool_has_both_kinds_with_four_plausible_choices(atlas):
    """Every muscle has a click question; referral questions offer four muscles incl. the answer."""
    pool = build_pool(atlas, random.Random(1))
    clicks = [q for q in pool if q.kind == "click"]
    referrals = [q for q in pool if q.kind == "referral"]
    assert {q.muscle for q in clicks} == set(atlas.ids("muscle"))
    assert len(referrals) >= 8
    for q in referrals:
        assert len(q.choices) == 4 and len(set(q.choices)) == 4
        assert q.muscle in q.choices
        assert q.side is not None and atlas.zones(q.muscle, q.side)
    for q in clicks:
        assert (
            q.prompt.startswith("Click the ")
            and atlas.structure(q.muscle).name.lower() in q.prompt.lower()
        )


def test_distractors_prefer_overlapping_referral_zones(atlas):
    """Gluteus minimus's wrong choices include muscles whose zones overlap its own down the leg."""
    own = {z.key for z in atlas.zones("gluteus_minimus", "right")}
    assert own
    picked = distractors(atlas, "gluteus_minimus", "right", random.Random(3))
    assert len(picked) == 3 and "gluteus_minimus" not in picked
    from bodymap.core.quiz import _overlap_area, _zone_box

    mine = _zone_box(atlas, "gluteus_minimus", "right")
    assert mine is not None
    overlapping = [
        m
        for m in picked
        if (b := _zone_box(atlas, m, "right")) is not None and _overlap_area(mine, b) > 0
    ]
    assert overlapping, picked


def test_no_repeats_until_the_pool_is_used_up(atlas):
    """A round gives each question once; then the quiz is finished and draws None."""
    quiz = Quiz(atlas, seed=7)
    seen = []
    while (q := quiz.next_question()) is not None:
        seen.append(q)
        quiz.answer(q.muscle, q.side)
    assert len(seen) == len(quiz.pool)
    assert len({(q.kind, q.muscle) for q in seen}) == len(seen)
    assert quiz.finished
    assert quiz.score == (len(seen), len(seen))


def test_seeded_quizzes_draw_the_same_order(mini):
    """Two quizzes with the same seed ask the same questions in the same order."""
    a, b = Quiz(mini, seed=42), Quiz(mini, seed=42)
    order_a = [a.next_question() for _ in range(len(a.pool))]
    order_b = [b.next_question() for _ in range(len(b.pool))]
    assert order_a == order_b


def test_only_the_first_answer_counts(mini):
    """Answering twice does not change the grade: the first answer stands."""
    quiz = Quiz(mini, seed=1, kinds=("click",))
    q = quiz.next_question()
    assert q is not None
    first = quiz.answer("not_" + q.muscle)
    again = quiz.answer(q.muscle, q.side)
    assert not first.correct and again is first
    assert quiz.score == (0, 1)


def test_summary_lists_what_to_revise(mini):
    """The summary gives the score and names each muscle missed and what about it to revise."""
    quiz = Quiz(mini, seed=3)
    wrong: set[tuple[str, str]] = set()
    while (q := quiz.next_question()) is not None:
        if q.muscle == "piriformis":
            quiz.answer("gluteus_maximus", "left")
            wrong.add((q.muscle, q.kind))
        else:
            quiz.answer(q.muscle, q.side)
    s = quiz.summary()
    assert s.asked == len(quiz.pool) and s.correct == s.asked - len(wrong)
    assert len(s.to_revise) == 1
    assert s.to_revise[0].startswith("Piriformis:")
    assert "where it lies" in s.to_revise[0] and "referral pattern" in s.to_revise[0]
    lines = s.lines()
    assert lines[0].startswith(f"Score: {s.correct} of {s.asked}")
    assert any("Piriformis" in line for line in lines)


def test_a_perfect_round_says_nothing_to_revise(mini):
    """With every answer right the summary says so rather than listing nothing."""
    quiz = Quiz(mini, seed=5, kinds=("click",))
    while (q := quiz.next_question()) is not None:
        quiz.answer(q.muscle, q.side or "right")
    assert quiz.summary().to_revise == ()
    assert "Nothing to revise" in quiz.summary().lines()[-1]


def test_depth_reveals_the_muscle_asked_for(mini):
    """A click question on a muscle hidden at the current depth peels a side so it can be seen."""
    q = Question("click", "gluteus_minimus", None, "Click the gluteus minimus.")
    assert depth_for(mini, q, (0, 1)) == (0, 2)
    named = Question("click", "gluteus_minimus", "left", "…")
    assert depth_for(mini, named, (0, 1)) == (2, 1)
    assert depth_for(mini, Question("click", "gluteus_maximus", None, "…"), (0, 1)) == (0, 1)


def test_unknown_kind_and_answer_without_question_fail_clearly(mini):
    """Asking for an unknown kind names the valid ones; answering before drawing explains itself."""
    with pytest.raises(KeyError, match="kinds: click, referral"):
        Quiz(mini, kinds=("spelling",))
    with pytest.raises(RuntimeError, match="next_question"):
        Quiz(mini, seed=1).answer("piriformis")


def test_overlaps_computed_from_the_drawing_are_never_answer_and_distractor(atlas):
    """On the real drawing no referral question offers a distractor whose pattern overlaps >80 %."""
    from bodymap.core.quiz import MAX_IOU, pattern_groups, pattern_iou

    groups = pattern_groups(atlas)
    muscles = atlas.ids("muscle")
    alike = {
        (a, b)
        for side in ("left", "right")
        for i, a in enumerate(muscles)
        for b in muscles[i + 1 :]
        if pattern_iou(atlas, a, b, side) > MAX_IOU
    }
    # The rule is not vacuous: the drawing has patterns a student could not tell apart.
    assert ("semitendinosus", "semimembranosus") in alike
    assert len(alike) >= 2
    for seed in range(25):
        for q in build_pool(atlas, random.Random(seed), kinds=("referral",)):
            answer = groups[q.muscle]
            for d in q.choices:
                if d == q.muscle:
                    continue
                for a in answer:
                    for b in groups[d]:
                        assert pattern_iou(atlas, a, b, q.side) <= MAX_IOU, (q.muscle, d)
                        assert (a, b) not in alike and (b, a) not in alike, (q.muscle, d)


def test_the_medial_hamstrings_are_asked_as_one(atlas):
    """Semitendinosus and semimembranosus share one pattern: one question and choice, both right."""
    from bodymap.core.quiz import answer_name

    pool = build_pool(atlas, random.Random(4), kinds=("referral",))
    asked = [q for q in pool if {"semitendinosus", "semimembranosus"} & {q.muscle}]
    assert len(asked) == 1
    q = asked[0]
    assert q.accepted == frozenset({"semitendinosus", "semimembranosus"})
    assert grade(q, "semitendinosus") and grade(q, "semimembranosus")
    assert answer_name(atlas, q.muscle) == "The medial hamstrings"
    assert answer_name(atlas, q.muscle, members=True) == (
        "the medial hamstrings (semitendinosus and semimembranosus)"
    )
    for other in pool:
        members = {"semitendinosus", "semimembranosus"} & set(other.choices)
        assert len(members) <= 1, other.choices  # one choice stands for the group


def test_inferred_patterns_are_never_the_answer(atlas):
    """A pattern drawn by analogy (gemelli, quadratus femoris…) is never a referral answer."""
    inferred = {m for m in atlas.ids("muscle") if atlas.structure(m).confidence == "inferred"}
    assert inferred
    for seed in range(5):
        answers = {q.muscle for q in build_pool(atlas, random.Random(seed), kinds=("referral",))}
        assert answers and not answers & inferred
