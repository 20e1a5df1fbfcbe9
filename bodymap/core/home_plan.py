"""The client's home plan: the self-care items a therapist ticks for the handout (Qt-free).

A choice is an item key (``piriformis/ball_wall``) and an optional line the therapist adds.
Choices are kept in the session file; a choice whose muscle or item no longer exists (the
content changed) is dropped when the plan is composed, never an error for the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bodymap.core.atlas import Atlas
from bodymap.core.care import SelfCare, item_key, split_key
from bodymap.core.i18n import QT_TRANSLATE_NOOP

NOTE_MAX = 200  # one line of the therapist's own, not a letter
PLAN_TITLE = QT_TRANSLATE_NOOP("CoreHomePlan", "Your home plan")
PLAN_INTRO = QT_TRANSLATE_NOOP(
    "CoreHomePlan",
    "Your therapist chose these for you. They are common self-help, not a cure: studies show "
    "small, short-term effects. Go gently; a strong but bearable ache is enough.",
)


@dataclass(frozen=True, slots=True)
class PlanChoice:
    """One ticked self-care item and the therapist's own line for it."""

    key: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Offer:
    """A self-care item the dialog offers: its key, its muscle's name and the item."""

    key: str
    muscle: str
    muscle_name: str
    item: SelfCare


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One item as it is printed: muscle name, item and the therapist's line."""

    muscle_name: str
    item: SelfCare
    note: str


@dataclass(frozen=True, slots=True)
class HomePlan:
    """Everything the home-plan page prints."""

    entries: tuple[PlanEntry, ...]
    stop_signs: tuple[str, ...]
    not_for: tuple[str, ...]
    red_flags: tuple[str, ...]


def clean_note(text: str) -> str:
    """The therapist's line as it is kept: one line, spaces tidied, at most NOTE_MAX long."""
    return " ".join(text.split())[:NOTE_MAX]


def offers(atlas: Atlas, muscles: Iterable[str]) -> list[Offer]:
    """The self-care items of the given muscles (selected first, then candidates), once each."""
    out: list[Offer] = []
    seen: set[str] = set()
    for mid in muscles:
        care = atlas.care.of(mid)
        if care is None or mid in seen:
            continue
        seen.add(mid)
        name = atlas.structure(mid).name
        out.extend(Offer(item_key(mid, it.id), mid, name, it) for it in care.self_care)
    return out


def find(atlas: Atlas, key: str) -> Offer | None:
    """The item a key names, or None when the muscle or the item is not in the content."""
    mid, iid = split_key(key)
    care = atlas.care.of(mid) if mid else None
    if care is None:
        return None
    for it in care.self_care:
        if it.id == iid:
            return Offer(key, mid, atlas.structure(mid).name, it)
    return None


def known_choices(atlas: Atlas, choices: Sequence[PlanChoice]) -> tuple[PlanChoice, ...]:
    """The choices whose items exist, each once, in the order given."""
    out: list[PlanChoice] = []
    seen: set[str] = set()
    for c in choices:
        if c.key not in seen and find(atlas, c.key) is not None:
            seen.add(c.key)
            out.append(PlanChoice(c.key, clean_note(c.note)))
    return tuple(out)


def compose_plan(atlas: Atlas, choices: Sequence[PlanChoice]) -> HomePlan | None:
    """The home plan for the ticked items; None when nothing (known) is ticked."""
    entries = []
    cautions: list[str] = []
    for c in known_choices(atlas, choices):
        offer = find(atlas, c.key)
        assert offer is not None  # known_choices kept only items that exist
        entries.append(PlanEntry(offer.muscle_name, offer.item, c.note))
        care = atlas.care.of(offer.muscle)
        for line in care.not_for if care else ():
            if line not in cautions:
                cautions.append(line)
    if not entries:
        return None
    general = atlas.care.general
    return HomePlan(
        entries=tuple(entries),
        stop_signs=general.stop_signs,
        not_for=(*cautions, *general.not_for),
        red_flags=general.red_flags,
    )
