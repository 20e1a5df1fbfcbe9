"""Care for each muscle: what a therapist does, self-care at home, habits, who should not.

Read from ``content/care.toml`` (a ``[care.<muscle id>]`` table per muscle plus one
``[general]`` table) and checked field by field: every error names the file, the line and
the fix. Qt-free. Pictures are named here and drawn by ``tools/draw_care.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bodymap.core.errors import BodymapError

CARE_FILE = "care.toml"
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
MUSCLE_FIELDS = ("client", "therapist", "evidence")
MUSCLE_LISTS = ("habits", "not_for", "sources")
GENERAL_LISTS = ("sources", "not_for", "stop_signs", "red_flags")
ITEM_FIELDS = ("id", "title", "picture", "how", "dose", "stop")


@dataclass(frozen=True, slots=True)
class SelfCare:
    """One thing a client can do at home, with its picture, dose and when to stop."""

    id: str
    title: str
    picture: str  # a file name stem in assets/care/
    how: str
    dose: str
    stop: str


@dataclass(frozen=True, slots=True)
class MuscleCare:
    """The Care section of one muscle, in both registers."""

    muscle: str
    client: str  # what a therapist may do, in plain words
    therapist: str  # the same for therapists and students, precise
    evidence: str
    self_care: tuple[SelfCare, ...]
    habits: tuple[str, ...]
    not_for: tuple[str, ...]
    sources: tuple[str, ...]

    def item(self, item_id: str) -> SelfCare:
        """One self-care item by id, or KeyError listing the valid ones."""
        for it in self.self_care:
            if it.id == item_id:
                return it
        valid = ", ".join(i.id for i in self.self_care)
        raise KeyError(f"{self.muscle} has no self-care item '{item_id}'; valid: {valid}")


@dataclass(frozen=True, slots=True)
class GeneralCare:
    """What holds for every muscle: the evidence, cautions, stop signs and red flags."""

    evidence: str = ""
    sources: tuple[str, ...] = ()
    not_for: tuple[str, ...] = ()
    stop_signs: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CareBook:
    """Every muscle's Care section and the general part."""

    general: GeneralCare = field(default_factory=GeneralCare)
    muscles: Mapping[str, MuscleCare] = field(default_factory=dict)

    def of(self, muscle_id: str) -> MuscleCare | None:
        """The Care section of a muscle (None for regions, nerves and unknown ids)."""
        return self.muscles.get(muscle_id)

    def pictures(self) -> set[str]:
        """Every picture name any self-care item uses."""
        return {it.picture for mc in self.muscles.values() for it in mc.self_care}


def _line(text: str, pattern: str) -> str:
    m = re.search(pattern, text, flags=re.MULTILINE)
    return f"line {text.count(chr(10), 0, m.start()) + 1}" if m else ""


def _where(text: str, muscle: str, key: str = "") -> str:
    """'line N, care.<muscle>[, key]': the line of the muscle's table header."""
    line = _line(text, rf"^[ \t]*\[care\.{re.escape(muscle)}\]")
    spot = f"care.{muscle}" + (f", key '{key}'" if key else "")
    return f"{line}, {spot}" if line else spot


def _text(entry: Mapping[str, Any], key: str, label: str, place: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        problem = "this field is missing or empty" if value in (None, "") else "expected text"
        raise BodymapError(label, f"{place}, key '{key}'", problem, f'Add {key} = "..."')
    return value.strip()


def _list(entry: Mapping[str, Any], key: str, label: str, place: str) -> tuple[str, ...]:
    value = entry.get(key)
    ok = isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)
    if not ok:
        raise BodymapError(
            label,
            f"{place}, key '{key}'",
            "expected a list of one or more sentences",
            f'Write {key} = ["...", "..."]',
        )
    return tuple(v.strip() for v in value)  # type: ignore[union-attr]


def _item(raw: Any, label: str, place: str, pictures: set[str] | None) -> SelfCare:
    if not isinstance(raw, dict):
        raise BodymapError(label, place, "expected a [[...self_care]] table", "Fix the entry")
    values = {k: _text(raw, k, label, place) for k in ITEM_FIELDS}
    if not _ID.match(values["id"]):
        raise BodymapError(
            label,
            f"{place}, key 'id'",
            f"'{values['id']}' is not an id (lower-case letters, digits, underscores)",
            'Write e.g. id = "ball_wall"',
        )
    if pictures is not None and values["picture"] not in pictures:
        raise BodymapError(
            label,
            f"{place}, key 'picture'",
            f"there is no picture '{values['picture']}'",
            f"Use one of: {', '.join(sorted(pictures))} (or draw it in tools/draw_care.py)",
        )
    return SelfCare(**values)


def parse_muscle_care(
    muscle: str, raw: Any, label: str, text: str, pictures: set[str] | None = None
) -> MuscleCare:
    """Check one ``[care.<muscle>]`` table and build its MuscleCare."""
    place = _where(text, muscle)
    if not isinstance(raw, dict):
        raise BodymapError(label, place, "expected a table", f"Write [care.{muscle}] with fields")
    fields = {k: _text(raw, k, label, place) for k in MUSCLE_FIELDS}
    lists = {k: _list(raw, k, label, place) for k in MUSCLE_LISTS}
    items_raw = raw.get("self_care")
    if not isinstance(items_raw, list) or not items_raw:
        raise BodymapError(
            label,
            f"{place}, key 'self_care'",
            "a muscle needs at least one self-care item",
            f"Add a [[care.{muscle}.self_care]] table with {', '.join(ITEM_FIELDS)}",
        )
    items = tuple(
        _item(r, label, f"{place}, self_care[{i}]", pictures) for i, r in enumerate(items_raw)
    )
    ids = [it.id for it in items]
    for dup in {i for i in ids if ids.count(i) > 1}:
        raise BodymapError(
            label,
            f"{place}, self_care id '{dup}'",
            "two self-care items share this id",
            "Give each item of a muscle its own id",
        )
    return MuscleCare(
        muscle=muscle,
        client=fields["client"],
        therapist=fields["therapist"],
        evidence=fields["evidence"],
        self_care=items,
        habits=lists["habits"],
        not_for=lists["not_for"],
        sources=lists["sources"],
    )


def parse_care(
    data: Mapping[str, Any],
    label: str,
    text: str,
    muscles: Iterable[str],
    pictures: set[str] | None = None,
) -> CareBook:
    """Check a whole care file against the muscles the content defines.

    Every muscle must have a complete Care section, and every Care section must belong to
    a muscle: a stale or misspelt entry is an error, not silently ignored.
    """
    general_raw = data.get("general")
    if not isinstance(general_raw, dict):
        raise BodymapError(
            label, "[general]", "the general part is missing", "Add a [general] table"
        )
    lists = {k: _list(general_raw, k, label, "[general]") for k in GENERAL_LISTS}
    general = GeneralCare(
        evidence=_text(general_raw, "evidence", label, "[general]"),
        sources=lists["sources"],
        not_for=lists["not_for"],
        stop_signs=lists["stop_signs"],
        red_flags=lists["red_flags"],
    )
    table = data.get("care", {})
    if not isinstance(table, dict):
        raise BodymapError(
            label, "[care]", "expected [care.<muscle id>] tables", "Write [care.piriformis]"
        )
    known = list(muscles)
    for mid in table:
        if mid not in known:
            raise BodymapError(
                label,
                _where(text, mid),
                f"'{mid}' is not a muscle",
                f"Use one of: {', '.join(sorted(known))}, or remove the entry",
            )
    for mid in known:
        if mid not in table:
            raise BodymapError(
                label,
                f"care.{mid}",
                f"muscle '{mid}' has no Care section",
                f"Add [care.{mid}] with {', '.join((*MUSCLE_FIELDS, *MUSCLE_LISTS))} "
                f"and at least one [[care.{mid}.self_care]] item",
            )
    book = {mid: parse_muscle_care(mid, table[mid], label, text, pictures) for mid in known}
    return CareBook(general=general, muscles=book)


def item_key(muscle: str, item_id: str) -> str:
    """How a self-care item is named in a session file: ``piriformis/ball_wall``."""
    return f"{muscle}/{item_id}"


def split_key(key: str) -> tuple[str, str]:
    """The muscle and item ids of an item key (``("", "")`` when it is not one)."""
    muscle, sep, item = key.partition("/")
    return (muscle, item) if sep and _ID.match(muscle) and _ID.match(item) else ("", "")
