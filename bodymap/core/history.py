"""Undo and redo for the pain drawing: stacks of earlier stroke lists (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bodymap.core.state import Stroke, ViewState

Strokes = tuple[Stroke, ...]
LIMIT = 200


@dataclass(frozen=True, slots=True)
class History:
    """What undo and redo would bring back."""

    undo_stack: tuple[Strokes, ...] = ()
    redo_stack: tuple[Strokes, ...] = ()

    @property
    def can_undo(self) -> bool:
        """True when there is a drawing change to undo."""
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        """True when there is an undone change to redo."""
        return bool(self.redo_stack)


def record(history: History, before: ViewState, after: ViewState) -> History:
    """Remember the drawing before a change (no entry when the drawing did not change)."""
    if before.strokes == after.strokes:
        return history
    stack = (*history.undo_stack, before.strokes)[-LIMIT:]
    return History(undo_stack=stack, redo_stack=())


def undo(history: History, state: ViewState) -> tuple[History, ViewState]:
    """Bring back the drawing as it was before the last change."""
    if not history.undo_stack:
        return history, state
    *rest, previous = history.undo_stack
    return (
        History(tuple(rest), (*history.redo_stack, state.strokes)),
        replace(state, strokes=previous),
    )


def redo(history: History, state: ViewState) -> tuple[History, ViewState]:
    """Re-apply the last undone drawing change."""
    if not history.redo_stack:
        return history, state
    *rest, following = history.redo_stack
    return (
        History((*history.undo_stack, state.strokes), tuple(rest)),
        replace(state, strokes=following),
    )
