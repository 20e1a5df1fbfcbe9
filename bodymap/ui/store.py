"""The Qt side of the state: holds the current ViewState and says when it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from bodymap.core.atlas import Atlas
from bodymap.core.state import ViewState


class StateStore(QObject):
    """One current ViewState; views subscribe to ``state_changed(old, new)``."""

    state_changed = Signal(object, object)

    def __init__(self, atlas: Atlas, state: ViewState | None = None) -> None:
        super().__init__()
        self.atlas = atlas
        self._state = state or ViewState()

    @property
    def state(self) -> ViewState:
        """The current state."""
        return self._state

    def set(self, new: ViewState) -> None:
        """Replace the state; listeners hear of it only when something changed."""
        old = self._state
        if new == old:
            return
        self._state = new
        self.state_changed.emit(old, new)

    def update(self, change: Callable[..., ViewState], *args: Any) -> None:
        """Apply a named change: ``store.update(state.select, atlas, ref)``."""
        self.set(change(self._state, *args))
