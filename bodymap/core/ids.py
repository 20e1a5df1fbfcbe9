"""Structure ids, sides and references such as ``piriformis:left``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bodymap.core.errors import UsageError

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")
KINDS = ("region", "muscle", "nerve")


def other_side(side: Side) -> Side:
    """Return the opposite side."""
    return "right" if side == "left" else "left"


@dataclass(frozen=True, slots=True)
class Ref:
    """A structure, optionally on one side: ``Ref("piriformis", "right")``."""

    id: str
    side: Side | None = None

    def __str__(self) -> str:
        return f"{self.id}:{self.side}" if self.side else self.id

    def on(self, side: Side | None) -> Ref:
        """Return the same structure on the given side."""
        return Ref(self.id, side)


def closest(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """Return up to n candidates that look most like ``word`` (for "did you mean")."""
    import difflib  # only when a name was mistyped

    pool = sorted(set(candidates))
    found = difflib.get_close_matches(word, pool, n=n, cutoff=0.5)
    if not found:
        found = [c for c in pool if word and (word in c or c.startswith(word[:3]))][:n]
    return found


def parse_ref(text: str, known_ids: Iterable[str]) -> Ref:
    """Parse ``id`` or ``id:side``; raise UsageError naming the closest valid ids."""
    known = sorted(set(known_ids))
    raw = text.strip()
    ident, _, side_text = raw.partition(":")
    ident = ident.strip().lower().replace("-", "_").replace(" ", "_")
    side_text = side_text.strip().lower()
    if ident not in known:
        near = closest(ident, known)
        hint = f" Did you mean {', '.join(near)}?" if near else ""
        raise UsageError(f"unknown structure '{ident}'.{hint} Run with --list to see every id.")
    if not side_text:
        return Ref(ident, None)
    if side_text not in SIDES:
        raise UsageError(
            f"unknown side '{side_text}' in '{raw}': use {ident}:left or {ident}:right "
            "(the person's own left and right)."
        )
    side: Side = "left" if side_text == "left" else "right"
    return Ref(ident, side)
