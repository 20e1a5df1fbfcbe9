"""The student's quiz: question pools, grading, score and what to revise (no Qt).

Two kinds of question:

* ``click``: "Click the piriformis" — the answer is a muscle on the drawing; either side is
  right unless the question names a side.
* ``referral``: the drawing shows one muscle's referral zones; the student picks which of
  four muscles refers pain there. The three wrong choices are plausible: muscles whose zones
  overlap the right one's come first, then muscles of the same region.

A referral question is only asked when its answer can be told apart:

* two muscles whose drawn patterns overlap by more than MAX_IOU (intersection over union of
  their zone cells on the shown side, computed from the drawing) are never the answer and a
  distractor of one question;
* muscles that share one pattern (the content gives them the same ``pattern_group``, e.g.
  semitendinosus and semimembranosus, "the medial hamstrings") are asked as one answer, and
  either member is right;
* a muscle whose pattern no source maps (``confidence = "inferred"``) is never the answer: the
  student would be learning our analogy, not a referral map. It can still be a distractor.

Questions are drawn from a shuffled pool without repeats until the pool is used up; a seeded
``random.Random`` makes every draw reproducible in tests.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import BBox, union_bbox
from bodymap.core.i18n import QT_TRANSLATE_NOOP, lower_first, side_name, translate
from bodymap.core.ids import SIDES, Side
from bodymap.core.painting import body_raster

KINDS = ("click", "referral")
CHOICES = 4
MAX_IOU = 0.8  # above this two drawn patterns cannot be told apart


@dataclass(frozen=True, slots=True)
class Question:
    """One question: its kind, the muscle that answers it, the side named or shown."""

    kind: str
    muscle: str
    side: Side | None
    prompt: str
    choices: tuple[str, ...] = ()  # referral questions: muscle ids, the answer among them
    accepted: frozenset[str] = frozenset()  # referral: every muscle of the answer's pattern group


@dataclass(frozen=True, slots=True)
class Outcome:
    """A graded answer."""

    question: Question
    given: str | None
    given_side: Side | None
    correct: bool


@dataclass(frozen=True, slots=True)
class Summary:
    """The end of a round: the score and, per muscle missed, what to revise."""

    correct: int
    asked: int
    to_revise: tuple[str, ...] = field(default=())

    @property
    def percent(self) -> int:
        """The score as a whole percentage (0 when nothing was asked)."""
        return round(100 * self.correct / self.asked) if self.asked else 0

    def lines(self) -> list[str]:
        """The summary as short lines of text for the screen."""
        out = [
            translate(
                "CoreQuiz",
                "Score: {correct} of {asked} ({percent}%).",
            ).format(correct=self.correct, asked=self.asked, percent=self.percent)
        ]
        if self.to_revise:
            out.append(translate("CoreQuiz", "Revise:"))
            out.extend(f"• {item}" for item in self.to_revise)
        elif self.asked:
            out.append(translate("CoreQuiz", "Nothing to revise: every answer was right."))
        return out


def _lower_first(name: str) -> str:
    return lower_first(name)


def click_prompt(name: str, side: Side | None) -> str:
    """The words of a click question: 'Click the piriformis' (on the person's left side)."""
    where = (
        ""
        if side is None
        else translate(
            "CoreQuiz",
            " on the person's {side} side",
        ).format(side=side_name(side))
    )
    return translate(
        "CoreQuiz",
        "Click the {lower_first}{where}.",
    ).format(lower_first=_lower_first(name), where=where)


REFERRAL_PROMPT = QT_TRANSLATE_NOOP("CoreQuiz", "Which muscle refers pain to the shaded area?")


def grade(question: Question, muscle: str | None, side: Side | None = None) -> bool:
    """True when the answer is right: the muscle (or one of its group), and the side if named."""
    if muscle != question.muscle and (muscle is None or muscle not in question.accepted):
        return False
    if question.kind == "click" and question.side is not None:
        return side == question.side
    return True


def _zone_box(atlas: Atlas, muscle: str, side: Side) -> BBox | None:
    zones = atlas.zones(muscle, side)
    return union_bbox(z.box for z in zones) if zones else None


def _overlap_area(a: BBox, b: BBox) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def pattern_groups(atlas: Atlas) -> dict[str, tuple[str, ...]]:
    """Muscle id -> the muscles that share its pattern group (itself alone if it has none).

    Members are in content order; the first one stands for the group in a question.
    """
    by_name: dict[str, list[str]] = {}
    for mid in atlas.ids("muscle"):
        name = atlas.structure(mid).pattern_group
        if name:
            by_name.setdefault(name, []).append(mid)
    out: dict[str, tuple[str, ...]] = {}
    for mid in atlas.ids("muscle"):
        name = atlas.structure(mid).pattern_group
        out[mid] = tuple(by_name[name]) if name else (mid,)
    return out


def answer_name(atlas: Atlas, muscle: str, members: bool = False) -> str:
    """How a choice reads: the muscle's name, or its group's ("The medial hamstrings").

    With ``members``, for a sentence: "the medial hamstrings (semitendinosus and …)".
    """
    st = atlas.structure(muscle)
    group = pattern_groups(atlas)[muscle]
    if len(group) < 2:
        return st.name
    if not members:
        return st.pattern_group[:1].upper() + st.pattern_group[1:]
    names = [_lower_first(atlas.structure(m).name) for m in group]
    listed = " and ".join(names) if len(names) == 2 else ", ".join(names)
    return f"{st.pattern_group} ({listed})"


def pattern_iou(atlas: Atlas, a: str, b: str, side: Side) -> float:
    """Intersection over union of two muscles' drawn referral zones on one side (0-1)."""
    raster = body_raster(atlas)
    ca, cb = raster.zone_cells(a, side), raster.zone_cells(b, side)
    union = len(ca | cb)
    return len(ca & cb) / union if union else 0.0


def _too_alike(atlas: Atlas, group_a: Iterable[str], group_b: Iterable[str], side: Side) -> bool:
    """True when some member of one group overlaps some member of the other beyond MAX_IOU."""
    return any(pattern_iou(atlas, a, b, side) > MAX_IOU for a in group_a for b in group_b)


def distractors(
    atlas: Atlas, muscle: str, side: Side, rng: random.Random, count: int = CHOICES - 1
) -> list[str]:
    """Plausible wrong answers: overlapping referral zones first, then the same region.

    Never the answer's own group, never a pattern too alike to tell apart, one choice per group.
    """
    groups = pattern_groups(atlas)
    own_group = groups[muscle]
    own = _zone_box(atlas, muscle, side)
    regions = set(atlas.regions_of(muscle))
    tiers: list[list[str]] = [[], [], []]
    for other in atlas.ids("muscle"):
        if other in own_group or groups[other][0] != other:
            continue  # the answer's group, or a group member other than the one that stands for it
        if _too_alike(atlas, own_group, groups[other], side):
            continue
        box = _zone_box(atlas, other, side)
        if own is not None and box is not None and _overlap_area(own, box) > 0:
            tiers[0].append(other)
        elif regions & set(atlas.regions_of(other)):
            tiers[1].append(other)
        else:
            tiers[2].append(other)
    chosen: list[str] = []
    for tier in tiers:
        rng.shuffle(tier)
        chosen.extend(tier[: count - len(chosen)])
        if len(chosen) == count:
            break
    return chosen


def build_pool(atlas: Atlas, rng: random.Random, kinds: Iterable[str] = KINDS) -> list[Question]:
    """Every question of the wanted kinds, one per muscle and kind (in content order)."""
    wanted = tuple(kinds)
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise KeyError(f"no quiz kind {', '.join(unknown)}; kinds: {', '.join(KINDS)}")
    pool: list[Question] = []
    groups = pattern_groups(atlas)
    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        if "click" in wanted:
            # One question in three names a side, so the student checks left and right.
            named: Side | None = rng.choice((None, None, *SIDES))
            pool.append(Question("click", mid, named, click_prompt(st.name, named)))
        members = groups[mid]
        asked_as_answer = members[0] == mid and any(
            atlas.structure(m).confidence != "inferred" for m in members
        )
        if "referral" in wanted and asked_as_answer:
            sides = [s for s in SIDES if atlas.zones(mid, s)]
            if not sides:
                continue
            shown: Side = rng.choice(sides)
            choices = [mid, *distractors(atlas, mid, shown, rng)]
            if len(choices) < 2:
                continue
            rng.shuffle(choices)
            pool.append(
                Question(
                    "referral",
                    mid,
                    shown,
                    translate("CoreQuiz", REFERRAL_PROMPT),
                    tuple(choices),
                    frozenset(members) if len(members) > 1 else frozenset(),
                )
            )
    return pool


def depth_for(atlas: Atlas, question: Question, depth: tuple[int, int]) -> tuple[int, int]:
    """A depth per side at which the question's muscle can be seen (and clicked)."""
    shown_at = atlas.structure(question.muscle).shown_at
    left, right = depth
    if question.side is None:
        if left in shown_at or right in shown_at:
            return depth
        return left, min(shown_at)
    if question.side == "left":
        return (left if left in shown_at else min(shown_at)), right
    return left, (right if right in shown_at else min(shown_at))


class Quiz:
    """A round of questions drawn without repeats, graded as they are answered."""

    def __init__(
        self,
        atlas: Atlas,
        seed: int | None = None,
        kinds: Sequence[str] = KINDS,
        size: int | None = None,
    ) -> None:
        self.atlas = atlas
        self.kinds = tuple(kinds)
        self.size = size  # questions per round; None: the whole pool
        self.rng = random.Random(seed)
        self.pool: list[Question] = []
        self.outcomes: list[Outcome] = []
        self.current: Question | None = None
        self._queue: list[Question] = []
        self.length = 0
        self.restart()

    def restart(self) -> None:
        """A new round: a freshly shuffled pool, no answers."""
        self.pool = build_pool(self.atlas, self.rng, self.kinds)
        self._queue = list(self.pool)
        self.rng.shuffle(self._queue)
        if self.size is not None and self.size < len(self._queue):
            del self._queue[: len(self._queue) - self.size]  # drawn from the end
        self.length = len(self._queue)  # questions in this round
        self.outcomes = []
        self.current = None

    @property
    def remaining(self) -> int:
        """Questions not yet drawn in this round."""
        return len(self._queue)

    @property
    def finished(self) -> bool:
        """True when every question of the pool has been drawn and the last one answered."""
        return not self._queue and (self.current is None or self.answered)

    @property
    def answered(self) -> bool:
        """True when the current question has been graded."""
        return bool(self.outcomes) and self.outcomes[-1].question is self.current

    def next_question(self) -> Question | None:
        """Draw the next question, or None when the pool is used up."""
        if not self._queue:
            self.current = None
            return None
        self.current = self._queue.pop()
        return self.current

    def answer(self, muscle: str | None, side: Side | None = None) -> Outcome:
        """Grade an answer to the current question (only the first answer counts)."""
        q = self.current
        if q is None:
            raise RuntimeError("no question is being asked; call next_question() first")
        if self.answered:
            return self.outcomes[-1]
        outcome = Outcome(q, muscle, side, grade(q, muscle, side))
        self.outcomes.append(outcome)
        return outcome

    @property
    def score(self) -> tuple[int, int]:
        """(right answers, questions answered)."""
        return sum(o.correct for o in self.outcomes), len(self.outcomes)

    def summary(self) -> Summary:
        """The score and, for each muscle missed, where it lies or what it refers."""
        right, asked = self.score
        missed: dict[str, list[str]] = {}
        for o in self.outcomes:
            if o.correct:
                continue
            if o.question.kind == "click":
                what = translate("CoreQuiz", "where it lies on the drawing")
            elif o.question.accepted:
                group = self.atlas.structure(o.question.muscle).pattern_group
                what = translate(
                    "CoreQuiz",
                    "the referral pattern it shares as one of {group}",
                ).format(group=group)
            else:
                what = translate("CoreQuiz", "its referral pattern")
            missed.setdefault(o.question.muscle, [])
            if what not in missed[o.question.muscle]:
                missed[o.question.muscle].append(what)
        items = tuple(
            self.atlas.structure(m).name + ": " + translate("CoreQuiz", " and ").join(w)
            for m, w in missed.items()
        )
        return Summary(right, asked, items)
